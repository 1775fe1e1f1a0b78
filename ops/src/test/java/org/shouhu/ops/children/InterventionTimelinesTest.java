package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline report's medians and 90th percentiles against the same figures worked out by hand. */
class InterventionTimelinesTest extends ApplicationTest {

    private final String township = "时间线镇" + System.nanoTime() % 100000;
    private long position;

    @Test
    void medians_and_percentiles_equal_those_computed_by_hand() {
        String child = child();
        // LEGAL_AID: concern to action 2, 5, 1 days; opening to closure 10, 30, 20 days; one still open
        intervention(child, "LEGAL_AID", concern(child, "2024-03-01"), "2024-03-03", "2024-03-13", "GOAL_MET");
        intervention(child, "LEGAL_AID", concern(child, "2024-03-01"), "2024-03-06", "2024-04-05", "PARTLY_MET");
        intervention(child, "LEGAL_AID", concern(child, "2024-03-10"), "2024-03-11", "2024-03-31", "GOAL_MET");
        intervention(child, "LEGAL_AID", null, "2024-03-15", null, null);
        // PSYCHOLOGICAL_COUNSELLING: concern to action 3 and 7 days, none closed
        String other = child();
        intervention(other, "PSYCHOLOGICAL_COUNSELLING", concern(other, "2024-05-01"), "2024-05-04", null, null);
        intervention(other, "PSYCHOLOGICAL_COUNSELLING", concern(other, "2024-05-01"), "2024-05-08", null, null);

        JsonNode report = api.as("dashboard").get("/api/v1/reports/intervention-timelines?from=2024-01-01&to=2024-12-31"
                + "&township=" + township + "&minPosition=" + position).json();
        Map<String, JsonNode> byType = new HashMap<>();
        report.get("items").forEach(item -> byType.put(item.get("type").asText(), item));
        assertThat(byType).containsOnlyKeys("LEGAL_AID", "PSYCHOLOGICAL_COUNSELLING");

        JsonNode legalAid = byType.get("LEGAL_AID");
        assertThat(legalAid.get("opened").asInt()).isEqualTo(4);
        assertThat(legalAid.get("closed").asInt()).isEqualTo(3);
        assertThat(legalAid.get("medianDaysConcernToAction").decimalValue()).isEqualByComparingTo("2");   // 1 2 5
        assertThat(legalAid.get("p90DaysConcernToAction").asLong()).isEqualTo(5);                        // rank ⌈2.7⌉ = 3
        assertThat(legalAid.get("medianDaysOpenToClose").decimalValue()).isEqualByComparingTo("20");     // 10 20 30
        assertThat(legalAid.get("p90DaysOpenToClose").asLong()).isEqualTo(30);
        assertThat(legalAid.get("outcomes").get("GOAL_MET").asInt()).isEqualTo(2);
        assertThat(legalAid.get("outcomes").get("PARTLY_MET").asInt()).isEqualTo(1);

        JsonNode counselling = byType.get("PSYCHOLOGICAL_COUNSELLING");
        assertThat(counselling.get("medianDaysConcernToAction").decimalValue()).isEqualByComparingTo("5.0"); // (3+7)/2
        assertThat(counselling.get("p90DaysConcernToAction").asLong()).isEqualTo(7);                         // rank ⌈1.8⌉ = 2
        assertThat(counselling.get("medianDaysOpenToClose").isNull()).isTrue();
        assertThat(report.toString()).doesNotContain("王小明");

        JsonNode steps = api.as("bureau").get(child + "/timeline?minPosition=" + position).json().get("steps");
        java.util.List<Long> concernToAction = new java.util.ArrayList<>();
        java.util.List<Long> openToClose = new java.util.ArrayList<>();
        steps.forEach(step -> {
            if (step.get("kind").asText().equals("CONCERN")) {
                concernToAction.add(step.get("days").asLong());
            } else if (step.get("kind").asText().equals("INTERVENTION") && !step.get("days").isNull()) {
                openToClose.add(step.get("days").asLong());
            }
        });
        assertThat(concernToAction).containsExactlyInAnyOrder(2L, 5L, 1L);
        assertThat(openToClose).containsExactlyInAnyOrder(10L, 30L, 20L);
        assertThat(steps.get(0).get("start").asText()).isEqualTo("2024-03-01");
    }

    private String child() {
        Map<String, Object> body = Children.registration(java.time.LocalDate.of(2015, 3, 12));
        body.put("township", township);
        body.put("village", "一村");
        Api.Reply reply = api.as("bureau").post("/api/v1/children", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return "/api/v1/children/" + reply.json().get("childId").asText();
    }

    private String concern(String child, String on) {
        Api.Reply reply = api.as("bureau").post(child + "/concerns", Map.of("occurredOn", on, "source", "SCHOOL",
                "description", "absent"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("concernId").asText();
    }

    private void intervention(String child, String type, String concernId, String openedOn, String closedOn,
                              String outcome) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "goal", "help", "openedOn", openedOn));
        if (concernId != null) {
            body.put("concernId", concernId);
        }
        Api.Reply opened = api.as("bureau").post(child + "/interventions", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        position = opened.position();
        if (closedOn != null) {
            Api.Reply closed = api.as("bureau").post(child + "/interventions/" + opened.json().get("interventionId")
                    .asText() + "/closure", Map.of("closedOn", closedOn, "outcome", outcome, "note", "done"));
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            position = closed.position();
        }
    }
}
