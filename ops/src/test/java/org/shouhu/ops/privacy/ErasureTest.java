package org.shouhu.ops.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shouhu.ops.privacy.ChildWithPersonalData.expect;

/**
 * Crypto-shredding: after the bureau erases a closed case, nothing anywhere reads its personal
 * data, the counts stay, the events stay in order, and a replay gives the same read models.
 */
class ErasureTest extends ApplicationTest {

    private static final String ROSTER_TABLE = "SELECT child_id || '|' || name || '|' || erased || '|' || file::text "
            + "FROM read_model.child_file ORDER BY child_id";
    private static final String HISTORY_TABLE = "SELECT event_id || '|' || sequence || '|' || summary || '|' || data::text"
            + " || '|' || coalesce(corrected_by, '') FROM read_model.child_history ORDER BY child_id, sequence";

    @Autowired
    private EventStore eventStore;

    @Test
    void an_erased_case_reads_as_erased_everywhere_and_its_counts_and_events_remain() {
        ChildWithPersonalData child = ChildWithPersonalData.record(api, 2);
        String path = "/api/v1/children/" + child.childId();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long closed = expect(api.as("supervisor").post(path + "/closure", Map.of("effectiveOn", today, "reason", "moved away")), 200)
                .position();
        Api bureau = api.as("bureau");
        long eventsBefore = eventCount(child.childId());
        List<Long> countsBefore = counts(bureau, closed);

        assertThat(api.post(path + "/erasure", Map.of("reason", "retention ended")).status())
                .as("a director may not erase").isEqualTo(403);
        assertThat(bureau.post(path + "/erasure", Map.of()).json().get("errors").get(0).get("field").asText())
                .isEqualTo("reason");
        long erased = expect(bureau.post(path + "/erasure", Map.of("reason", "retention period ended")), 200).position();

        JsonNode file = bureau.get(path + "?minPosition=" + erased).json();
        assertThat(file.get("erased").asBoolean()).isTrue();
        assertThat(file.get("name").isNull()).isTrue();
        assertThat(file.get("residentId").isNull()).isTrue();
        assertThat(file.get("guardian").get("relation").asText()).as("what is not personal stays").isEqualTo("OTHER_RELATIVE");
        for (String read : List.of(path + "?minPosition=" + erased, path + "?asOf=" + today, path + "/history",
                "/api/v1/roster?village=青龙村&limit=500&minPosition=" + erased)) {
            assertThat(bureau.get(read).body()).as(read).doesNotContain(child.plaintexts());
            assertThat(api.as("inspector").get(read).body()).as(read).doesNotContain(child.plaintexts());
        }
        assertThat(counts(bureau, erased)).as("statistics unchanged").isEqualTo(countsBefore);

        String stored = String.join("\n", jdbc.queryForList("SELECT payload || meta_data FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, child.childId()));
        assertThat(stored).doesNotContain(child.plaintexts()).contains(PersonalDataSerializer.PREFIX);
        assertThat(eventCount(child.childId())).as("the events remain, the erasure added").isEqualTo(eventsBefore + 1);
        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NULL AND destroyed_at IS NOT NULL FROM privacy.data_key "
                + "WHERE owner_id = ?::uuid", Boolean.class, child.childId())).as("the data key is destroyed").isTrue();
        ChildRegistered registration = (ChildRegistered) eventStore.readEvents(child.childId()).next().getPayload();
        assertThat(registration.name()).as("the sealed name no longer opens").isNull();
        assertThat(registration.residentId()).isNull();
        assertThat(registration.village().value()).isEqualTo("青龙村");
        assertThat(String.join("\n", readModels())).doesNotContain(child.plaintexts());

        assertThat(api.post(path + "/visits", Map.of("occurredOn", today, "kind", "HOME", "childSeen", true,
                "findings", "again")).json().get("errors").get(0).get("rule").asText()).isEqualTo("case.erased");
        assertThat(bureau.post(path + "/reopening", Map.of("effectiveOn", today, "reason", "back")).status()).isEqualTo(422);
        Map<String, Object> again = Children.registration();
        again.put("residentId", child.residentId());
        again.put("dateOfBirth", LocalDate.parse(child.residentId().substring(6, 14),
                java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toString());
        assertThat(api.post("/api/v1/children", again).status()).as("the resident ID was released").isEqualTo(201);
    }

    @Test
    void an_open_case_is_not_erased() {
        String childId = register(Children.registration());
        Api.Reply refused = api.as("bureau").post("/api/v1/children/" + childId + "/erasure",
                Map.of("reason", "too early"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("rule").asText()).isEqualTo("erasure.case-open");
        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NOT NULL FROM privacy.data_key WHERE owner_id = ?::uuid",
                Boolean.class, childId)).isTrue();
    }

    @Test
    void a_replay_from_zero_after_an_erasure_gives_the_same_read_models() {
        ChildWithPersonalData child = ChildWithPersonalData.record(api, 3);
        String path = "/api/v1/children/" + child.childId();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        expect(api.as("supervisor").post(path + "/closure", Map.of("effectiveOn", today, "reason", "moved away")), 200);
        Api bureau = api.as("bureau");
        long erased = expect(bureau.post(path + "/erasure", Map.of("reason", "retention period ended")), 200).position();
        bureau.get(path + "/history?minPosition=" + erased);
        List<String> before = readModels();

        assertThat(bureau.post("/api/v1/admin/projections/rebuild", "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp(bureau.get("/api/v1/admin/projections").json(), erased));

        assertThat(readModels()).isEqualTo(before);
    }

    private List<String> readModels() {
        List<String> rows = new java.util.ArrayList<>(jdbc.queryForList(ROSTER_TABLE, String.class));
        rows.addAll(jdbc.queryForList(HISTORY_TABLE, String.class));
        return rows;
    }

    /** The figures a dashboard or report counts: all children, closed ones, left-behind ones in the village. */
    private static List<Long> counts(Api bureau, long position) {
        return List.of("", "status=CLOSED&", "category=LEFT_BEHIND&village=青龙村&").stream()
                .map(filter -> bureau.get("/api/v1/roster/count?" + filter + "minPosition=" + position)
                        .json().get("count").asLong())
                .toList();
    }

    private static boolean caughtUp(JsonNode projections, long head) {
        for (JsonNode projection : projections) {
            if (projection.get("replaying").asBoolean() || projection.get("position").asLong() < head) {
                return false;
            }
        }
        return projections.size() >= 2;
    }
}
