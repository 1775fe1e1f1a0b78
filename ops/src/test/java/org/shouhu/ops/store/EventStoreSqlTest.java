package org.shouhu.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an inspector sees with psql: every event's payload and metadata as readable JSON. */
class EventStoreSqlTest extends ApplicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void payload_and_metadata_are_json_text_readable_with_plain_sql() throws Exception {
        String childId = register(Children.registration());

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT payload_type, payload, meta_data, pg_typeof(payload)::text AS payload_column_type,
                       payload::jsonb ->> 'village' AS village
                  FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", childId);

        assertThat(rows).hasSize(2);
        Map<String, Object> registered = rows.get(0);
        assertThat(registered.get("payload_type")).isEqualTo("org.shouhu.events.child.ChildRegistered");
        assertThat(registered.get("payload_column_type")).isEqualTo("text");
        assertThat(registered.get("village")).isEqualTo("青龙村");
        JsonNode payload = json.readTree((String) registered.get("payload"));
        assertThat(payload.get("childId").asText()).isEqualTo(childId);
        assertThat(payload.get("dateOfBirth").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode metaData = json.readTree((String) registered.get("meta_data"));
        assertThat(metaData.get("actorId").asText()).isEqualTo("director");
        assertThat(metaData.get("actorRole").asText()).isEqualTo("DIRECTOR");
        assertThat(metaData.get("correlationId").asText()).isNotBlank();
        assertThat(metaData.get("causationId").asText()).isNotBlank();
        assertThat(metaData.has("expectedVersion")).isFalse();
        assertThat(rows.get(1).get("payload_type")).isEqualTo("org.shouhu.events.guardianship.GuardianAssigned");
    }

    @Test
    void tracking_tokens_are_json_too() throws Exception {
        register(Children.registration());
        org.awaitility.Awaitility.await().until(() ->
                jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE token IS NOT NULL", Long.class) > 0);
        String token = jdbc.queryForObject(
                "SELECT token FROM token_entry WHERE token IS NOT NULL LIMIT 1", String.class);
        assertThat(json.readTree(token).isObject()).isTrue();
    }

    @Test
    void the_correlation_header_of_a_request_is_kept_on_its_events() throws Exception {
        String childId = api.withHeader("X-Correlation-Id", "visit-day-2024-05-01")
                .post("/api/v1/children", Children.registration()).json().get("childId").asText();
        String metaData = jdbc.queryForObject("""
                SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                String.class, childId);
        assertThat(json.readTree(metaData).get("correlationId").asText()).isEqualTo("visit-day-2024-05-01");
    }
}
