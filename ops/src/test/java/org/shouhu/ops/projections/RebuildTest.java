package org.shouhu.ops.projections;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Dropping the read models and replaying every event from the first gives the same roster and histories. */
class RebuildTest extends ApplicationTest {

    @Test
    void a_rebuild_from_zero_gives_the_same_roster_and_histories() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<String> children = new ArrayList<>();
        long position = 0;
        for (int i = 0; i < 5; i++) {
            String childId = register(Children.registration());
            children.add(childId);
            position = api.post("/api/v1/children/" + childId + "/visits", Map.of("occurredOn", today.toString(),
                    "kind", "SCHOOL", "childSeen", i % 2 == 0, "findings", "well")).position();
        }
        Api bureau = api.as("bureau");
        List<JsonNode> rosterBefore = wholeRoster(position);
        List<JsonNode> historiesBefore = histories(children, position);

        Api.Reply rebuild = bureau.post("/api/v1/admin/projections/rebuild", "{}");
        assertThat(rebuild.status()).isEqualTo(202);
        long head = position;
        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp(bureau.get("/api/v1/admin/projections").json(), head));

        assertThat(wholeRoster(position)).isEqualTo(rosterBefore);
        assertThat(histories(children, position)).isEqualTo(historiesBefore);
    }

    private static boolean caughtUp(JsonNode projections, long head) {
        for (JsonNode projection : projections) {
            if (projection.get("replaying").asBoolean() || projection.get("position").asLong() < head) {
                return false;
            }
        }
        return projections.size() >= 2;
    }

    private List<JsonNode> wholeRoster(long position) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/roster?limit=500&minPosition=" + position
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    private List<JsonNode> histories(List<String> children, long position) {
        List<JsonNode> histories = new ArrayList<>();
        for (String childId : children) {
            histories.add(api.get("/api/v1/children/" + childId + "/history?minPosition=" + position).json().get("items"));
        }
        return histories;
    }
}
