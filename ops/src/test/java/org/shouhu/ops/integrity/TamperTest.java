package org.shouhu.ops.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone with superuser access to the database, who can switch the append-only triggers off,
 * alters the record in each of the ways an insider could; the verifier finds each one and
 * names the first broken event, or the checkpoint the store no longer matches. Each case puts
 * the record back as it was and the verifier says intact again. Its own application and
 * store (a small fetch size makes the verifier page through the store in many round trips).
 */
@TestPropertySource(properties = "shouhu.integrity.fetch-size=7")
class TamperTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALL_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data, event_hash";

    private Api inspector;
    private String today;

    @BeforeEach
    void asInspector() {
        inspector = api.as("inspector");
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** A child with a registration, a guardian and three visits, all under a checkpoint: its events in order. */
    private List<Map<String, Object>> checkpointedChild() {
        String childId = register(Children.registration());
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/children/" + childId + "/visits", Map.of("occurredOn", today, "kind", "HOME",
                    "childSeen", true, "findings", "visit " + i));
        }
        assertThat(inspector.post("/api/v1/integrity/checkpoints", "{}").status()).isEqualTo(201);
        return jdbc.queryForList("SELECT " + ALL_COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", childId);
    }

    private JsonNode verification() {
        Api.Reply reply = inspector.get("/api/v1/integrity/verification");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private void assertIntact() {
        JsonNode verification = verification();
        assertThat(verification.get("status").asText()).as(verification.toString()).isEqualTo("intact");
    }

    private void assertBrokenAt(Map<String, Object> event, String problem) {
        JsonNode verification = verification();
        assertThat(verification.get("status").asText()).isEqualTo("broken");
        assertThat(verification.get("firstBrokenEvent").get("eventId").asText()).as(verification.toString())
                .isEqualTo(event.get("event_identifier"));
        assertThat(verification.get("firstBrokenEvent").get("problem").asText()).isEqualTo(problem);
    }

    /** Runs statements with the triggers off: what only a superuser can do. */
    private void asSuperuser(String sql, Object... arguments) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.createStatement().execute("SET session_replication_role = replica");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                statement.execute();
            } finally {
                connection.createStatement().execute("SET session_replication_role = origin");
            }
            return null;
        });
    }

    private void reinsert(Map<String, Object> row) {
        asSuperuser("INSERT INTO domain_event_entry (" + ALL_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                row.get("payload_revision"), row.get("payload"), row.get("meta_data"), row.get("event_hash"));
    }

    @Test
    void the_applications_own_database_account_can_neither_update_nor_delete_an_event() {
        String childId = register(Children.registration());
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = ?",
                childId)).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", childId))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM integrity.checkpoint")).hasStackTraceContaining("append-only");
        assertThat(eventCount(childId)).isEqualTo(2);
    }

    @Test
    void on_an_untouched_store_the_verifier_says_intact_with_what_it_checked() {
        checkpointedChild();
        JsonNode verification = verification();
        assertThat(verification.get("status").asText()).isEqualTo("intact");
        assertThat(verification.get("eventsChecked").asLong()).isEqualTo(eventCount());
        assertThat(verification.get("checkpointsChecked").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM integrity.checkpoint", Long.class)).isPositive();
        assertThat(verification.get("streamsChecked").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry", Long.class));
        assertThat(verification.get("verifiedUpToPosition").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry", Long.class));
    }

    @Test
    void one_changed_byte_of_one_payload_is_found() {
        Map<String, Object> visit = checkpointedChild().get(3);
        String payload = (String) visit.get("payload");
        // the findings are sealed; the kind of visit is plain: one letter of it
        String altered = payload.replace("\"kind\":\"HOME\"", "\"kind\":\"HOMF\"");
        assertThat(altered).isNotEqualTo(payload);
        asSuperuser("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", altered, visit.get("event_identifier"));
        assertBrokenAt(visit, "hash-mismatch");
        asSuperuser("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", payload, visit.get("event_identifier"));
        assertIntact();
    }

    @Test
    void a_deleted_event_is_found_at_the_event_after_it() {
        List<Map<String, Object>> events = checkpointedChild();
        asSuperuser("DELETE FROM domain_event_entry WHERE event_identifier = ?", events.get(2).get("event_identifier"));
        assertBrokenAt(events.get(3), "sequence-gap");
        reinsert(events.get(2));
        assertIntact();
    }

    @Test
    void a_forged_event_is_found() {
        List<Map<String, Object>> events = checkpointedChild();
        Map<String, Object> last = events.get(events.size() - 1);
        String forgedId = UUID.randomUUID().toString();
        asSuperuser("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data, event_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", forgedId, last.get("aggregate_identifier"),
                (Long) last.get("sequence_number") + 1, last.get("type"), last.get("time_stamp"), last.get("payload_type"),
                null, last.get("payload"), last.get("meta_data"), last.get("event_hash"));
        assertBrokenAt(Map.of("event_identifier", forgedId), "previous-hash-mismatch");
        asSuperuser("DELETE FROM domain_event_entry WHERE event_identifier = ?", forgedId);
        assertIntact();
    }

    @Test
    void two_events_swapped_in_their_stream_are_found() {
        List<Map<String, Object>> events = checkpointedChild();
        Map<String, Object> first = events.get(2);
        Map<String, Object> second = events.get(3);
        swapSequences(first, second);
        assertBrokenAt(first, "previous-hash-mismatch");
        swapSequences(first, second);
        assertIntact();
    }

    private void swapSequences(Map<String, Object> a, Map<String, Object> b) {
        long sequenceA = jdbc.queryForObject("SELECT sequence_number FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, a.get("event_identifier"));
        long sequenceB = jdbc.queryForObject("SELECT sequence_number FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, b.get("event_identifier"));
        asSuperuser("UPDATE domain_event_entry SET sequence_number = -1 WHERE event_identifier = ?", a.get("event_identifier"));
        asSuperuser("UPDATE domain_event_entry SET sequence_number = ? WHERE event_identifier = ?", sequenceA, b.get("event_identifier"));
        asSuperuser("UPDATE domain_event_entry SET sequence_number = ? WHERE event_identifier = ?", sequenceB, a.get("event_identifier"));
    }

    @Test
    void a_whole_stream_rewritten_with_recomputed_hashes_is_caught_by_the_checkpoint() throws Exception {
        List<Map<String, Object>> events = checkpointedChild();
        String previous = EventHash.GENESIS;
        for (Map<String, Object> event : events) {
            String payload = ((String) event.get("payload")).replace("\"childSeen\":true", "\"childSeen\":false");
            String canonical = CanonicalJson.metaData((String) event.get("meta_data"));
            String hash = EventHash.of(new StoredEvent((String) event.get("event_identifier"),
                    (String) event.get("aggregate_identifier"), (Long) event.get("sequence_number"),
                    (String) event.get("type"), (String) event.get("time_stamp"), (String) event.get("payload_type"),
                    (String) event.get("payload_revision"), payload, canonical), previous);
            ObjectNode metaData = (ObjectNode) JSON.readTree((String) event.get("meta_data"));
            metaData.put(EventHash.PREVIOUS_HASH, previous).put(EventHash.HASH, hash);
            asSuperuser("UPDATE domain_event_entry SET payload = ?, meta_data = ?, event_hash = ? WHERE event_identifier = ?",
                    payload, JSON.writeValueAsString(metaData), hash, event.get("event_identifier"));
            previous = hash;
        }
        JsonNode verification = verification();
        assertThat(verification.get("status").asText()).isEqualTo("broken");
        assertThat(verification.get("firstBrokenEvent").isNull()).as("every chain is consistent again").isTrue();
        JsonNode checkpoint = verification.get("brokenCheckpoint");
        assertThat(checkpoint.get("problem").asText()).isEqualTo("root-mismatch");
        assertThat(checkpoint.get("firstPosition").asLong()).isLessThanOrEqualTo((Long) events.get(0).get("global_index"));
        assertThat(checkpoint.get("lastPosition").asLong())
                .isGreaterThanOrEqualTo((Long) events.get(events.size() - 1).get("global_index"));
        for (Map<String, Object> event : events) {
            asSuperuser("UPDATE domain_event_entry SET payload = ?, meta_data = ?, event_hash = ? WHERE event_identifier = ?",
                    event.get("payload"), event.get("meta_data"), event.get("event_hash"), event.get("event_identifier"));
        }
        assertIntact();
    }

    @Test
    void an_inclusion_proof_verifies_with_the_standalone_verifier_and_fails_once_the_event_is_altered() throws Exception {
        Map<String, Object> visit = checkpointedChild().get(2);
        String eventId = (String) visit.get("event_identifier");
        String publicKey = inspector.get("/api/v1/integrity/public-key").json().get("publicKey").asText();
        Api.Reply proof = inspector.get("/api/v1/integrity/events/" + eventId + "/proof");
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(ProofCheck.check(proof.body(), publicKey)).isNull();
        assertThat(runStandalone(proof.body(), publicKey)).isZero();

        String payload = (String) visit.get("payload");
        asSuperuser("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                payload.replace("\"kind\":\"HOME\"", "\"kind\":\"HOMF\""), eventId);
        Api.Reply altered = inspector.get("/api/v1/integrity/events/" + eventId + "/proof");
        assertThat(ProofCheck.check(altered.body(), publicKey)).contains("does not lead to the root");
        assertThat(runStandalone(altered.body(), publicKey)).isEqualTo(1);
        asSuperuser("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", payload, eventId);

        assertThat(inspector.get("/api/v1/integrity/events/" + UUID.randomUUID() + "/proof").status()).isEqualTo(404);
        String uncovered = register(Children.registration());
        String uncoveredEvent = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, uncovered);
        assertThat(inspector.get("/api/v1/integrity/events/" + uncoveredEvent + "/proof").status()).isEqualTo(409);
    }

    /** The verifier as a user runs it: the single source file, on a plain JDK, in a process of its own. */
    private static int runStandalone(String proof, String publicKey) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("proof");
        Path proofFile = java.nio.file.Files.writeString(dir.resolve("proof.json"), proof);
        Path keyFile = java.nio.file.Files.writeString(dir.resolve("public.key"), publicKey);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "src/main/java/org/shouhu/ops/integrity/ProofCheck.java",
                proofFile.toString(), keyFile.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return process.exitValue();
    }
}
