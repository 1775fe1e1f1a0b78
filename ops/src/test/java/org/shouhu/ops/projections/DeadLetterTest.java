package org.shouhu.ops.projections;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event a projection cannot handle is parked in the dead-letter queue, in PostgreSQL, and
 * the projection goes on with every other child instead of stopping.
 */
class DeadLetterTest extends ApplicationTest {

    @Test
    void an_event_the_roster_cannot_fold_is_dead_lettered_and_the_roster_goes_on() {
        String broken = register(Children.registration());
        // Progress on an intervention that was never opened: only a damaged store holds such an event.
        jdbc.update("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 2, 'ChildCase', ?, 'org.shouhu.events.interventions.InterventionProgressNoted',
                            NULL, ?, '{}')""",
                UUID.randomUUID().toString(), broken, Instant.now().toString(),
                "{\"childId\":\"" + broken + "\",\"interventionId\":\"" + UUID.randomUUID()
                        + "\",\"occurredOn\":\"2024-01-01\",\"note\":\"orphan note\"}");

        Api.Reply next = api.post("/api/v1/children", Children.registration());
        String healthy = next.json().get("childId").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'roster' AND aggregate_identifier = ?",
                Long.class, broken) > 0);
        assertThat(api.get("/api/v1/children/" + healthy + "?minPosition=" + next.position()).status())
                .as("the roster went on past the dead letter").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT payload_type FROM dead_letter_entry WHERE aggregate_identifier = ?",
                String.class, broken)).endsWith("InterventionProgressNoted");
    }
}
