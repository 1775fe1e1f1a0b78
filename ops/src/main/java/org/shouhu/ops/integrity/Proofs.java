package org.shouhu.ops.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Inclusion proofs of an event in the latest checkpoint. The leaves up to the checkpoint are
 * read into memory (32 bytes each): fine for a district; a province-size store will want the
 * subtree roots kept with the checkpoints instead.
 */
public class Proofs {

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    public Proofs(JdbcTemplate streaming, TransactionTemplate readOnly, Checkpoints checkpoints, SigningKey key) {
        this.streaming = streaming;
        this.readOnly = readOnly;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** Why there is no proof to give. */
    public static class NoProof extends RuntimeException {

        private final boolean unknownEvent;

        NoProof(String message, boolean unknownEvent) {
            super(message, null, false, false);
            this.unknownEvent = unknownEvent;
        }

        public boolean unknownEvent() {
            return unknownEvent;
        }
    }

    public InclusionProof of(String eventId) {
        return readOnly.execute(status -> {
            List<InclusionProof.ProvenEvent> events = streaming.query("""
                    SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data, event_hash
                      FROM domain_event_entry WHERE event_identifier = ?""", (row, i) -> {
                JsonNode metaData = StoredChain.of(row.getString("meta_data"));
                return new InclusionProof.ProvenEvent(row.getString("event_identifier"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getString("payload"), CanonicalJson.metaData(row.getString("meta_data")),
                        metaData.path(EventHash.PREVIOUS_HASH).asText(null), row.getString("event_hash"),
                        row.getLong("global_index"));
            }, eventId);
            if (events.isEmpty()) {
                throw new NoProof("No event with this id", true);
            }
            InclusionProof.ProvenEvent event = events.get(0);
            Optional<Checkpoint> latest = checkpoints.latest();
            if (latest.isEmpty() || latest.get().lastPosition() < event.position()) {
                throw new NoProof("The event is not yet covered by a checkpoint: append one "
                        + "(POST /api/v1/integrity/checkpoints) and ask again", false);
            }
            Checkpoint checkpoint = latest.get();
            List<String> hashes = streaming.queryForList("SELECT event_hash FROM domain_event_entry WHERE global_index <= ?"
                    + " ORDER BY global_index", String.class, checkpoint.lastPosition());
            if (hashes.size() != checkpoint.treeSize()) {
                throw new NoProof("The store no longer holds the events the latest checkpoint covers: run the verifier",
                        false);
            }
            byte[][] leaves = new byte[hashes.size()][];
            for (int i = 0; i < leaves.length; i++) {
                leaves[i] = Merkle.leaf(LeafHashes.of(hashes.get(i)));
            }
            int leafIndex = streaming.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index < ?",
                    Integer.class, event.position());
            List<String> path = Merkle.path(leafIndex, leaves, 0, leaves.length).stream()
                    .map(HexFormat.of()::formatHex).toList();
            return new InclusionProof(event, leafIndex, checkpoint.treeSize(), path,
                    new InclusionProof.SignedCheckpoint(checkpoint.id(), checkpoint.statement(), checkpoint.signature(),
                            checkpoint.keyId(), checkpoint.rootHash(), key.publicKeyBase64()));
        });
    }
}
