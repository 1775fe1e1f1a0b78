package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The late-entry report lists the facts recorded more than N days after they happened, and nothing else. */
class LateEntriesTest extends ApplicationTest {

    @Test
    void the_report_lists_exactly_the_facts_recorded_late() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        Set<String> late = new HashSet<>();
        late.add(eventOf(api.post(child + "/visits", visit(today.minusDays(40)))));
        eventOf(api.post(child + "/visits", visit(today.minusDays(5))));
        late.add(eventOf(api.post(child + "/concerns", Map.of("occurredOn", today.minusDays(31).toString(),
                "source", "NEIGHBOUR", "description", "left alone at night"))));
        Api.Reply onTheDay = api.post(child + "/interventions", Map.of("type", "LEGAL_AID", "goal", "help",
                "openedOn", today.minusDays(30).toString()));
        eventOf(onTheDay);
        long position = onTheDay.position();

        JsonNode report = api.get("/api/v1/reports/late-entries?days=30&limit=500&minPosition=" + position).json();
        assertThat(itemsOf(report, childId)).containsExactlyInAnyOrderElementsOf(late);
        JsonNode first = report.get("items").get(0);
        assertThat(first.has("name")).isFalse();
        assertThat(report.get("byWorker")).anySatisfy(tally -> {
            assertThat(tally.get("recordedBy").asText()).isEqualTo("director");
            assertThat(tally.get("lateEntries").asLong()).isGreaterThanOrEqualTo(2);
        });
        assertThat(itemsOf(api.as("director-hongxing").get("/api/v1/reports/late-entries?days=30&limit=500").json(),
                childId)).as("another village's director sees none of them").isEmpty();
        assertThat(itemsOf(api.as("inspector").get("/api/v1/reports/late-entries?days=30&limit=500").json(), childId))
                .containsExactlyInAnyOrderElementsOf(late);
        assertThat(api.get("/api/v1/reports/late-entries").json().get("errors").get(0).get("field").asText())
                .isEqualTo("days");
        assertThat(api.as("dashboard").get("/api/v1/reports/late-entries?days=1").status()).isEqualTo(403);
    }

    private static Map<String, Object> visit(LocalDate on) {
        return Map.of("occurredOn", on.toString(), "kind", "HOME", "childSeen", true, "findings", "seen");
    }

    /** The id of the event a write recorded: the last entry of the child's history at its position. */
    private String eventOf(Api.Reply write) {
        assertThat(write.status()).as(write.toString()).isBetween(200, 201);
        String childId = write.json().get("childId").asText();
        JsonNode items = api.get("/api/v1/children/" + childId + "/history?minPosition=" + write.position())
                .json().get("items");
        return items.get(items.size() - 1).get("eventId").asText();
    }

    private static List<String> itemsOf(JsonNode report, String childId) {
        List<String> events = new ArrayList<>();
        for (JsonNode item : report.get("items")) {
            if (item.get("childId").asText().equals(childId)) {
                events.add(item.get("eventId").asText());
            }
        }
        return events;
    }
}
