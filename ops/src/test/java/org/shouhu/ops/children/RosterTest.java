package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's paging and filters over HTTP. */
class RosterTest extends ApplicationTest {

    @Test
    void paging_with_cursors_visits_every_child_of_a_village_once() {
        String village = "测试村" + System.nanoTime();
        api = api.as("supervisor"); // the village is in the supervisor's township, not the director's village
        Set<String> registered = new HashSet<>();
        long position = 0;
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = new HashMap<>(Children.registration());
            body.put("village", village);
            Api.Reply reply = api.post("/api/v1/children", body);
            registered.add(reply.json().get("childId").asText());
            position = reply.position();
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        String[] firstCursor = new String[1];
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/roster?village=" + java.net.URLEncoder.encode(village,
                    java.nio.charset.StandardCharsets.UTF_8) + "&limit=2&minPosition=" + position
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("childId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            if (pages == 0) {
                firstCursor[0] = cursor;
            }
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(firstCursor[0]), java.nio.charset.StandardCharsets.UTF_8))
                .as("a cursor carries no name").doesNotContain("王").matches("[0-9a-f-]{36}");
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(registered);
    }

    @Test
    void a_child_never_visited_is_due_within_the_interval_and_not_overdue() {
        String childId = register(Children.registration());
        long position = api.post("/api/v1/children/" + childId + "/risk", Map.of("level", "LOW")).position();
        JsonNode notOverdue = api.get("/api/v1/roster?overdue=false&risk=LOW&limit=500&minPosition=" + position).json();
        List<String> ids = new ArrayList<>();
        notOverdue.get("items").forEach(item -> ids.add(item.get("childId").asText()));
        assertThat(ids).contains(childId);
    }

    @Test
    void bad_filters_name_the_parameter() {
        for (String query : List.of("risk=EXTREME", "category=RICH", "status=MAYBE", "overdue=perhaps", "limit=900",
                "cursor=%21%21")) {
            Api.Reply reply = api.get("/api/v1/roster?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }
}
