package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The main flow of the work, through HTTP, read back from the roster and the history. */
class ChildCaseFlowTest extends ApplicationTest {

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void a_child_case_from_registration_to_closure() {
        LocalDate born = today.minusYears(10);
        Api.Reply registered = api.post("/api/v1/children", Children.registration(born));
        assertThat(registered.status()).isEqualTo(201);
        String childId = registered.json().get("childId").asText();
        assertThat(registered.header("Location")).isEqualTo("/api/v1/children/" + childId);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");
        assertThat(registered.json().get("version").asLong()).isEqualTo(1);
        String child = "/api/v1/children/" + childId;

        Api.Reply transferred = api.post(child + "/guardianship", Map.of("guardianName", "李阿姨",
                "relation", "OTHER_RELATIVE", "phone", "13900002222", "capacity", "ADEQUATE",
                "effectiveOn", today.minusDays(20).toString(), "reason", "grandfather in hospital"));
        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.json().get("version").asLong()).isEqualTo(2);

        Api.Reply visit = api.post(child + "/visits", Map.of("occurredOn", today.minusDays(3).toString(),
                "kind", "HOME", "childSeen", true, "findings", "Lives with aunt, attends school",
                "riskIndicators", List.of("PSYCHOLOGICAL_DISTRESS")));
        assertThat(visit.status()).isEqualTo(201);
        assertThat(visit.json().get("visitId").asText()).isNotBlank();

        Api.Reply concern = api.post(child + "/concerns", Map.of("occurredOn", today.minusDays(2).toString(),
                "source", "SCHOOL", "description", "Absent for a week"));
        assertThat(concern.status()).isEqualTo(201);
        String concernId = concern.json().get("concernId").asText();

        Api.Reply opened = api.post(child + "/interventions", Map.of("type", "PSYCHOLOGICAL_COUNSELLING",
                "goal", "Weekly counselling until back at school", "openedOn", today.minusDays(1).toString(),
                "concernId", concernId));
        assertThat(opened.status()).isEqualTo(201);
        String intervention = child + "/interventions/" + opened.json().get("interventionId").asText();

        assertThat(api.post(intervention + "/progress", Map.of("occurredOn", today.toString(),
                "note", "First session held")).status()).isEqualTo(200);
        assertThat(api.post(child + "/risk", Map.of("level", "HIGH", "reason", "school absence")).status())
                .isEqualTo(200);
        assertThat(api.post(child + "/responsible-worker", Map.of("workerId", Workers.qinglongDirector(api))).status())
                .isEqualTo(200);
        // the child is at high risk: the director's closures wait for the township supervisor
        assertThat(api.post(intervention + "/closure", Map.of("closedOn", today.toString(),
                "outcome", "GOAL_MET", "note", "Back at school")).status()).isEqualTo(200);
        Api.Reply requested = api.post(child + "/closure", Map.of("effectiveOn", today.toString(),
                "reason", "moved with parents to Chengdu"));
        assertThat(requested.status()).isEqualTo(200);
        assertThat(api.get(child + "?minPosition=" + requested.position()).json().get("status").asText())
                .as("a requested closure does not close").isEqualTo("OPEN");
        List<JsonNode> waiting = new ArrayList<>();
        api.as("supervisor").get("/api/v1/approvals?status=PENDING&limit=500&minPosition=" + requested.position())
                .json().get("items").forEach(item -> {
                    if (item.get("childId").asText().equals(childId)) {
                        waiting.add(item);
                    }
                });
        assertThat(waiting).extracting(item -> item.get("kind").asText())
                .containsExactly("INTERVENTION_CLOSURE", "CASE_CLOSURE");
        assertThat(waiting.get(0).get("requestedBy").asText()).isEqualTo("director");
        String firstDecision = child + "/approvals/" + waiting.get(0).get("approvalId").asText() + "/approval";
        assertThat(api.post(firstDecision, Map.of("reason", "I may not approve")).status()).isEqualTo(403);
        long position = 0;
        for (JsonNode request : waiting) {
            Api.Reply approved = api.as("supervisor").post(child + "/approvals/" + request.get("approvalId").asText()
                    + "/approval", Map.of("reason", "confirmed with the school"));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            position = approved.position();
        }

        JsonNode file = api.get(child + "?minPosition=" + position).json();
        assertThat(file.get("status").asText()).isEqualTo("CLOSED");
        assertThat(file.get("guardian").get("relation").asText()).isEqualTo("OTHER_RELATIVE");
        assertThat(file.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(file.get("responsibleWorker").asText()).isEqualTo(Workers.QINGLONG_DIRECTOR);
        assertThat(file.get("lastVisitOn").asText()).isEqualTo(today.minusDays(3).toString());

        JsonNode history = api.get(child + "/history?minPosition=" + position).json();
        List<String> types = new ArrayList<>();
        history.get("items").forEach(item -> types.add(item.get("type").asText()));
        assertThat(types).containsExactly("ChildRegistered", "GuardianAssigned", "GuardianshipTransferred",
                "VisitRecorded", "ConcernRaised", "InterventionOpened", "InterventionProgressNoted",
                "RiskLevelAssessed", "ResponsibleWorkerAssigned", "InterventionClosureRequested",
                "CaseClosureRequested", "ChangeApproved", "InterventionClosed", "ChangeApproved", "CaseClosed");
        JsonNode approval = history.get("items").get(13);
        assertThat(approval.get("actor").get("id").asText()).isEqualTo("supervisor");
        assertThat(approval.get("reason").asText()).isEqualTo("confirmed with the school");
        assertThat(history.get("items").get(10).get("reason").asText()).isEqualTo("moved with parents to Chengdu");
        JsonNode transfer = history.get("items").get(2);
        assertThat(transfer.get("actor").get("id").asText()).isEqualTo("director");
        assertThat(transfer.get("reason").asText()).isEqualTo("grandfather in hospital");
        assertThat(transfer.get("occurredOn").asText()).isEqualTo(today.minusDays(20).toString());
        assertThat(transfer.get("recordedAt").asText()).isNotBlank();

        JsonNode roster = api.get("/api/v1/roster?status=CLOSED&township=石洞镇&limit=500&minPosition=" + position).json();
        List<String> closedIds = new ArrayList<>();
        roster.get("items").forEach(item -> closedIds.add(item.get("childId").asText()));
        assertThat(closedIds).contains(childId);
    }

    @Test
    void a_rejected_closure_leaves_the_case_open_and_both_reasons_are_in_the_history() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        Api.Reply requested = api.post(child + "/closure", Map.of("effectiveOn", today.toString(), "reason", "moved away"));
        String approvalId = api.as("supervisor").get("/api/v1/approvals?limit=500&minPosition=" + requested.position())
                .json().findParents("childId").stream().filter(item -> item.get("childId").asText().equals(childId))
                .findFirst().orElseThrow().get("approvalId").asText();
        Api.Reply rejected = api.as("supervisor").post(child + "/approvals/" + approvalId + "/rejection",
                Map.of("reason", "the family is still in the village"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(api.get(child + "?minPosition=" + rejected.position()).json().get("status").asText()).isEqualTo("OPEN");
        JsonNode history = api.get(child + "/history?minPosition=" + rejected.position()).json().get("items");
        assertThat(history.get(2).get("type").asText()).isEqualTo("CaseClosureRequested");
        assertThat(history.get(2).get("reason").asText()).isEqualTo("moved away");
        assertThat(history.get(3).get("type").asText()).isEqualTo("ChangeRejected");
        assertThat(history.get(3).get("reason").asText()).isEqualTo("the family is still in the village");
        assertThat(history.get(3).get("actor").get("id").asText()).isEqualTo("supervisor");
        assertThat(api.as("supervisor").post(child + "/approvals/" + approvalId + "/approval",
                Map.of("reason", "after all")).status()).as("a decided request is decided").isEqualTo(422);
    }

    @Test
    void the_roster_shows_the_ledger_columns_and_filters() {
        String childId = register(Children.registration());
        long position = api.post("/api/v1/children/" + childId + "/risk", Map.of("level", "CRITICAL")).position();

        JsonNode roster = api.get("/api/v1/roster?risk=CRITICAL&status=OPEN&limit=500&minPosition=" + position).json();
        JsonNode item = null;
        for (JsonNode candidate : roster.get("items")) {
            if (candidate.get("childId").asText().equals(childId)) {
                item = candidate;
            }
        }
        assertThat(item).as("registered child in the CRITICAL roster").isNotNull();
        for (String field : List.of("childId", "name", "township", "village", "primaryCategory", "guardianRelation",
                "responsibleWorker", "lastVisitOn", "nextVisitDue", "riskLevel", "openInterventions", "status")) {
            assertThat(item.has(field)).as("roster field %s", field).isTrue();
        }
        assertThat(item.get("guardianRelation").asText()).isEqualTo("PATERNAL_GRANDPARENT");
        assertThat(item.get("riskLevel").asText()).isEqualTo("CRITICAL");
        roster.get("items").forEach(each -> assertThat(each.get("riskLevel").asText()).isEqualTo("CRITICAL"));
    }

    @Test
    void the_state_as_of_a_past_date_leaves_out_what_was_recorded_later() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        long position = api.post(child + "/risk", Map.of("level", "HIGH")).position();

        JsonNode now = api.get(child + "?minPosition=" + position).json();
        assertThat(now.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(api.get(child + "?asOf=" + today).json().get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(api.get(child + "?asOf=" + today.minusDays(1)).status())
                .as("the child was not yet registered yesterday").isEqualTo(404);
        assertThat(api.get(child + "?asOf=" + today.plusDays(1)).status()).isEqualTo(400);
    }

    @Test
    void a_correction_is_recorded_and_shown_on_the_corrected_entry() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        long position = api.post(child + "/visits", Map.of("occurredOn", today.toString(), "kind", "HOME",
                "childSeen", true, "findings", "Hosue in poor repair")).position();
        JsonNode history = api.get(child + "/history?minPosition=" + position).json();
        String visitEventId = history.get("items").get(2).get("eventId").asText();

        Api.Reply corrected = api.post(child + "/corrections", Map.of("eventId", visitEventId, "field", "findings",
                "correctedValue", "House in poor repair", "reason", "typo"));
        assertThat(corrected.status()).isEqualTo(200);

        JsonNode after = api.get(child + "/history?minPosition=" + corrected.position()).json();
        String correctionId = after.get("items").get(3).get("eventId").asText();
        assertThat(after.get("items").get(2).get("correctedBy").asText()).isEqualTo(correctionId);
        assertThat(after.get("items").get(3).get("type").asText()).isEqualTo("EntryCorrected");
        assertThat(after.get("items").get(3).get("corrects").asText()).isEqualTo(visitEventId);
        assertThat(after.get("items").get(2).get("corrects").isNull()).isTrue();

        Api.Reply redated = api.post(child + "/corrections", Map.of("eventId", visitEventId, "field", "occurredOn",
                "correctedValue", today.minusDays(2).toString(), "reason", "entered the wrong day"));
        assertThat(redated.status()).isEqualTo(200);
        JsonNode visit = api.get(child + "/history?minPosition=" + redated.position()).json().get("items").get(2);
        assertThat(visit.get("occurredOn").asText()).as("the history dates the fact by its correction")
                .isEqualTo(today.minusDays(2).toString());
        assertThat(after.get("items").get(3).get("reason").asText()).isEqualTo("typo");
    }
}
