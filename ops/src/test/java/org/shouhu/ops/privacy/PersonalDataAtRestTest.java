package org.shouhu.ops.privacy;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Names, resident IDs, phone numbers and notes are in the event store only as ciphertext. */
class PersonalDataAtRestTest extends ApplicationTest {

    @Test
    void the_event_table_holds_no_personal_data_in_plain_text_and_the_api_still_shows_it() {
        ChildWithPersonalData child = ChildWithPersonalData.record(api, 1);

        String stored = String.join("\n", jdbc.queryForList(
                "SELECT event_identifier || payload || meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, child.childId()));
        assertThat(stored).as("events of the child were stored").contains("shouhu:pd:v1:");
        assertThat(stored).doesNotContain(child.plaintexts());
        String wholeTable = String.join("\n", jdbc.queryForList("SELECT payload || meta_data FROM domain_event_entry",
                String.class));
        assertThat(wholeTable).doesNotContain(child.plaintexts());
        assertThat(jdbc.queryForList("SELECT resident_id_digest || child_id FROM write_model.resident_id_claim",
                String.class)).noneMatch(claim -> claim.contains(child.residentId()));

        String file = api.get("/api/v1/children/" + child.childId() + "?minPosition=" + child.position()).body();
        String history = api.get("/api/v1/children/" + child.childId() + "/history?minPosition=" + child.position()).body();
        // the file shows the corrected name (second to last; the last is the correction's reason, in the history)
        assertThat(file).contains(child.plaintexts().get(child.plaintexts().size() - 2), child.residentId());
        assertThat(history).contains(child.plaintexts());
    }

    @Test
    void text_that_only_looks_sealed_is_kept_as_written_and_breaks_no_read() {
        String childId = register(org.shouhu.ops.support.Children.registration());
        String child = "/api/v1/children/" + childId;
        long position = api.post(child + "/risk", java.util.Map.of("level", "LOW",
                "reason", PersonalDataSerializer.PREFIX + childId + ":not-a-sealed-value")).position();
        org.shouhu.ops.support.Api.Reply history = api.get(child + "/history?minPosition=" + position);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains(":not-a-sealed-value");
        assertThat(api.post(child + "/risk", java.util.Map.of("level", "MEDIUM")).status())
                .as("the child's stream still loads").isEqualTo(200);
    }
}
