package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What offline capture asks of the API, over HTTP: the capture headers kept with the events, a
 * risk level made against an outdated version held as a conflict (202, replayed the same),
 * its resolution, and the children a village's device may keep.
 */
class OfflineSyncApiTest extends ApplicationTest {

    private static final String CAPTURED = "2026-01-05T02:30:00Z";

    private Api device(long againstVersion) {
        return api.withHeader("X-Captured-At", CAPTURED)
                .withHeader("X-Captured-Against-Version", Long.toString(againstVersion));
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    @Test
    void a_risk_level_made_against_an_outdated_version_is_held_as_a_conflict_and_resolved_by_a_person() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        long seen = expect(api.post(child + "/risk", Map.of("level", "LOW", "reason", "first")), 200).json()
                .get("version").asLong();
        // a visit since does not make the level outdated: only another assessment does
        expect(api.post(child + "/visits", Map.of("occurredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "kind", "HOME", "childSeen", true, "findings", "at home")), 201);
        expect(device(seen).post(child + "/risk", Map.of("level", "HIGH", "reason", "device one")), 200);

        String key = UUID.randomUUID().toString();
        Api stale = device(seen).withHeader("Idempotency-Key", key);
        Api.Reply held = expect(stale.post(child + "/risk", Map.of("level", "MEDIUM", "reason", "device two")), 202);
        String conflictId = held.json().get("conflictId").asText();
        Api.Reply again = expect(stale.post(child + "/risk", Map.of("level", "MEDIUM", "reason", "device two")), 202);
        assertThat(again.json().get("conflictId").asText()).as("a retried send is answered the same").isEqualTo(conflictId);

        JsonNode file = api.get(child + "?minPosition=" + held.position()).json();
        assertThat(file.get("riskLevel").asText()).isEqualTo("HIGH");
        JsonNode conflict = file.get("conflicts").get(0);
        assertThat(conflict.get("conflictId").asText()).isEqualTo(conflictId);
        assertThat(conflict.get("proposed").get("level").asText()).isEqualTo("MEDIUM");
        assertThat(conflict.get("proposed").get("reason").asText()).isEqualTo("device two");
        assertThat(conflict.get("proposed").get("capturedAt").asText()).isEqualTo(CAPTURED);
        assertThat(conflict.get("proposed").get("capturedAgainstVersion").asLong()).isEqualTo(seen);
        assertThat(conflict.get("current").get("level").asText()).isEqualTo("HIGH");
        assertThat(conflict.get("current").get("reason").asText()).isEqualTo("device one");

        String resolution = child + "/conflicts/" + conflictId + "/resolution";
        assertThat(expect(api.post(resolution, Map.of("resolution", "PROPOSED_APPLIED")), 400).json()
                .get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(expect(api.post(child + "/conflicts/" + UUID.randomUUID() + "/resolution",
                Map.of("resolution", "CURRENT_KEPT", "reason", "x")), 422).body()).contains("conflict.unknown");
        Api.Reply resolved = expect(api.post(resolution, Map.of("resolution", "PROPOSED_APPLIED",
                "reason", "both visited: the grandmother is back")), 200);
        assertThat(expect(api.post(resolution, Map.of("resolution", "CURRENT_KEPT", "reason", "again")), 422).body())
                .contains("conflict.already-resolved");

        JsonNode after = api.get(child + "?minPosition=" + resolved.position()).json();
        assertThat(after.get("riskLevel").asText()).isEqualTo("MEDIUM");
        assertThat(after.get("conflicts").get(0).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(after.get("conflicts").get(0).get("resolution").asText()).isEqualTo("PROPOSED_APPLIED");
    }

    @Test
    void a_held_level_is_never_applied_over_an_assessment_made_after_it_was_held() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        long seen = expect(api.post(child + "/risk", Map.of("level", "LOW", "reason", "first")), 200).json()
                .get("version").asLong();
        expect(api.post(child + "/risk", Map.of("level", "HIGH", "reason", "online, meanwhile")), 200);
        String conflictId = expect(device(seen).post(child + "/risk", Map.of("level", "MEDIUM", "reason", "offline")), 202)
                .json().get("conflictId").asText();
        Api.Reply later = expect(api.as("supervisor").post(child + "/risk",
                Map.of("level", "CRITICAL", "reason", "left alone at night")), 200);

        JsonNode conflict = api.get(child + "?minPosition=" + later.position()).json().get("conflicts").get(0);
        assertThat(conflict.get("superseded").asBoolean()).isTrue();
        String resolution = child + "/conflicts/" + conflictId + "/resolution";
        assertThat(expect(api.post(resolution, Map.of("resolution", "PROPOSED_APPLIED", "reason", "as held")), 422).body())
                .contains("conflict.superseded");
        Api.Reply kept = expect(api.post(resolution, Map.of("resolution", "CURRENT_KEPT", "reason", "the supervisor's stands")), 200);
        assertThat(api.get(child + "?minPosition=" + kept.position()).json().get("riskLevel").asText()).isEqualTo("CRITICAL");
    }

    @Test
    void the_device_capture_time_is_kept_with_the_event_and_bad_capture_headers_are_refused() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        long events = eventCount(childId);
        Map<String, Object> visit = Map.of("occurredOn", "2026-01-04", "kind", "HOME", "childSeen", true,
                "findings", "recorded in the hills");
        Api.Reply bad = expect(api.withHeader("X-Captured-At", "yesterday").post(child + "/visits", visit), 400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("X-Captured-At");
        expect(api.withHeader("X-Captured-Against-Version", "-1").post(child + "/visits", visit), 400);
        // Java reads it, PostgreSQL's timestamps end long before: the history's projection would stop on it
        Api.Reply beyond = expect(api.withHeader("X-Captured-At", "+10000-01-01T00:00:00Z").post(child + "/visits", visit), 400);
        assertThat(beyond.json().get("errors").get(0).get("field").asText()).isEqualTo("X-Captured-At");
        assertThat(eventCount(childId)).as("a refusal stores nothing").isEqualTo(events);

        Api.Reply sent = expect(device(1).post(child + "/visits", visit), 201);
        JsonNode history = api.get(child + "/history?minPosition=" + sent.position()).json().get("items");
        JsonNode recorded = StreamSupport.stream(history.spliterator(), false)
                .filter(item -> item.get("type").asText().equals("VisitRecorded")).findFirst().orElseThrow();
        assertThat(recorded.get("capturedAt").asText()).isEqualTo(CAPTURED);
        assertThat(recorded.get("occurredOn").asText()).isEqualTo("2026-01-04");
        assertThat(jdbc.queryForObject("SELECT meta_data FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1", String.class, childId))
                .as("in the stored event's metadata").contains("\"capturedAt\"", CAPTURED, "\"capturedAgainstVersion\"");
    }

    @Test
    void a_village_device_keeps_its_open_children_with_the_least_personal_data_and_nobody_elses() {
        Api.Reply registered = expect(api.post("/api/v1/children", Children.registration()), 201);
        String childId = registered.json().get("childId").asText();
        JsonNode mine = null;
        int seen = 0;
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/offline/children?limit=500&minPosition=" + registered.position()
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            seen += page.get("items").size();
            for (JsonNode item : page.get("items")) {
                assertThat(item.get("village").asText()).isEqualTo("青龙村");
                if (item.get("childId").asText().equals(childId)) {
                    mine = item;
                }
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).isPositive();
        assertThat(mine).as("the child just registered").isNotNull();
        assertThat(mine.get("version").asLong()).isNotNegative();
        assertThat(mine.has("residentId")).isFalse();
        assertThat(mine.has("dateOfBirth")).isFalse();
        assertThat(mine.has("guardian")).isFalse();

        expect(api.as("director-hongxing").get("/api/v1/offline/children"), 200);
        assertThat(api.as("director-hongxing").get("/api/v1/offline/children?limit=500").body()).doesNotContain(childId);
        expect(api.as("supervisor").get("/api/v1/offline/children"), 403);
        expect(api.as("inspector").get("/api/v1/offline/children"), 403);
        expect(api.as("dashboard").get("/api/v1/offline/children"), 403);
    }
}
