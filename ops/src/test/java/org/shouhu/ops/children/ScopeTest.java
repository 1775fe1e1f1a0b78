package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts see and change the children of their own area only: out of scope, a child answers
 * exactly like one that does not exist, and the roster leaves it out.
 */
class ScopeTest extends ApplicationTest {

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void a_child_of_another_village_is_invisible_to_a_director() {
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        String child = "/api/v1/children/" + childId;
        long position = registered.position();
        Api neighbour = api.as("director-hongxing");
        Api otherTownship = api.as("supervisor-lanjiang");

        for (Api outsider : new Api[]{neighbour, otherTownship}) {
            for (String read : new String[]{child + "?minPosition=" + position,
                    child + "/history?minPosition=" + position, child + "?asOf=" + today}) {
                Api.Reply reply = outsider.get(read);
                assertThat(reply.status()).as(read).isEqualTo(404);
                assertThat(reply.body()).doesNotContain("王小明", "青龙村", "王大爷");
            }
            long before = eventCount(childId);
            assertThat(outsider.post(child + "/risk", Map.of("level", "HIGH")).status()).isEqualTo(404);
            assertThat(outsider.post(child + "/visits", Map.of("occurredOn", today.toString(), "kind", "HOME",
                    "childSeen", true, "findings", "x")).status()).isEqualTo(404);
            assertThat(eventCount(childId)).isEqualTo(before);
            JsonNode roster = outsider.get("/api/v1/roster?limit=500&minPosition=" + position).json();
            roster.get("items").forEach(item -> assertThat(item.get("childId").asText()).isNotEqualTo(childId));
        }

        assertThat(api.as("supervisor").get(child + "?minPosition=" + position).status())
                .as("the supervisor of the township sees it").isEqualTo(200);
        assertThat(api.as("inspector").get(child + "/history?minPosition=" + position).status()).isEqualTo(200);
    }

    @Test
    void a_directors_roster_is_her_village() {
        long position = api.post("/api/v1/children", Children.registration()).position();
        JsonNode roster = api.get("/api/v1/roster?limit=500&minPosition=" + position).json();
        assertThat(roster.get("items")).isNotEmpty();
        roster.get("items").forEach(item -> {
            assertThat(item.get("township").asText()).isEqualTo("石洞镇");
            assertThat(item.get("village").asText()).isEqualTo("青龙村");
        });
        long all = api.as("inspector").get("/api/v1/roster/count?minPosition=" + position).json().get("count").asLong();
        long mine = api.get("/api/v1/roster/count").json().get("count").asLong();
        long neighbours = api.as("director-hongxing").get("/api/v1/roster/count").json().get("count").asLong();
        assertThat(mine).isPositive().isLessThanOrEqualTo(all);
        assertThat(neighbours).isLessThan(all);
    }

    @Test
    void a_director_registers_children_of_her_own_village_only() {
        Map<String, Object> elsewhere = new HashMap<>(Children.registration());
        elsewhere.put("village", "红星村");
        long before = eventCount();
        Api.Reply reply = api.post("/api/v1/children", elsewhere);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:shouhu:problem:out-of-area");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.as("director-hongxing").post("/api/v1/children", elsewhere).status()).isEqualTo(201);
    }

    @Test
    void every_event_records_the_area_the_actor_acted_for() {
        String childId = register(Children.registration());
        String area = jdbc.queryForObject("""
                SELECT meta_data::jsonb ->> 'actorArea' FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class, childId);
        assertThat(area).isEqualTo("石洞镇/青龙村");
    }
}
