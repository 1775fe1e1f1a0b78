package org.shouhu.ops.integrity;

import org.shouhu.ops.privacy.EncryptedAttachments;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks every hash chain and every checkpoint, streaming the store twice with a constant
 * amount of memory: once stream by stream (each event's hash against its content and the
 * event before it), once in global order (the Merkle root of every checkpoint). Reports the
 * first broken event, in global order, and the first checkpoint the store no longer matches.
 */
public class IntegrityVerifier {

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final SigningKey key;
    private final EncryptedAttachments attachments;
    private final VerificationLog log;

    public IntegrityVerifier(JdbcTemplate streaming, TransactionTemplate readOnly, SigningKey key,
                             EncryptedAttachments attachments, VerificationLog log) {
        this.streaming = streaming;
        this.readOnly = readOnly;
        this.key = key;
        this.attachments = attachments;
        this.log = log;
    }

    /** Verifies the whole record and logs the result for every node (and the metrics) to see. */
    public Verification verify() {
        Verification result = check();
        log.record(result);
        return result;
    }

    private Verification check() {
        // one snapshot of the store for both passes, streamed with a cursor inside a transaction
        return readOnly.execute(status -> {
            ChainCheck chains = checkChains();
            CheckpointCheck checkpoints = checkCheckpoints();
            AttachmentCheck files = new AttachmentCheck(streaming, attachments).run();
            boolean intact = chains.firstBroken == null && checkpoints.broken == null && files.altered == 0;
            return new Verification(intact ? Verification.INTACT : Verification.BROKEN, chains.events, chains.streams,
                    checkpoints.checked, chains.lastPosition, chains.firstBroken, checkpoints.broken, files.checked,
                    files.altered, List.copyOf(files.named));
        });
    }

    private static final class ChainCheck {
        long events;
        long streams;
        long lastPosition;
        String stream;
        long sequence;
        String hash;
        Verification.BrokenEvent firstBroken;

        void broken(String eventId, long position, String aggregateId, long sequenceNumber, String problem) {
            if (firstBroken == null || position < firstBroken.position()) {
                firstBroken = new Verification.BrokenEvent(eventId, position, aggregateId, sequenceNumber, problem);
            }
        }
    }

    private ChainCheck checkChains() {
        ChainCheck check = new ChainCheck();
        streaming.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data, event_hash
                  FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number""", row -> {
            long position = row.getLong("global_index");
            String eventId = row.getString("event_identifier");
            String aggregateId = row.getString("aggregate_identifier");
            long sequence = row.getLong("sequence_number");
            check.events++;
            check.lastPosition = Math.max(check.lastPosition, position);
            boolean sameStream = aggregateId.equals(check.stream);
            if (!sameStream) {
                check.streams++;
            }
            String expectedPrevious = sameStream ? check.hash : EventHash.GENESIS;
            long expectedSequence = sameStream ? check.sequence + 1 : 0;
            String metaData = row.getString("meta_data");
            JsonNode chain = StoredChain.of(metaData);
            String storedHash = chain.path(EventHash.HASH).asText(null);
            String storedPrevious = chain.path(EventHash.PREVIOUS_HASH).asText(null);
            String columnHash = row.getString("event_hash");
            check.stream = aggregateId;
            check.sequence = sequence;
            check.hash = storedHash;
            if (storedHash == null || storedPrevious == null || columnHash == null) {
                check.broken(eventId, position, aggregateId, sequence, "unchained");
                return;
            }
            if (sequence != expectedSequence) {
                check.broken(eventId, position, aggregateId, sequence, "sequence-gap");
                return;
            }
            if (!storedPrevious.equals(expectedPrevious)) {
                check.broken(eventId, position, aggregateId, sequence, "previous-hash-mismatch");
                return;
            }
            StoredEvent stored = new StoredEvent(eventId, aggregateId, sequence, row.getString("type"),
                    row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                    row.getString("payload"), CanonicalJson.metaData(metaData));
            if (!EventHash.of(stored, storedPrevious).equals(storedHash)) {
                check.broken(eventId, position, aggregateId, sequence, "hash-mismatch");
            } else if (!columnHash.equals(storedHash)) {
                check.broken(eventId, position, aggregateId, sequence, "hash-column-mismatch");
            }
        });
        return check;
    }

    private static final class CheckpointCheck {
        long checked;
        Verification.BrokenCheckpoint broken;
    }

    private CheckpointCheck checkCheckpoints() {
        CheckpointCheck check = new CheckpointCheck();
        List<Checkpoint> checkpoints = streaming.query("SELECT * FROM integrity.checkpoint ORDER BY tree_size",
                Checkpoints.ROW);
        String previousHash = EventHash.GENESIS;
        long previousPosition = 0;
        for (Checkpoint checkpoint : checkpoints) {
            String problem = null;
            String hash = HexFormat.of().formatHex(EventHash.sha256().digest(
                    checkpoint.statement().getBytes(StandardCharsets.UTF_8)));
            if (!checkpoint.statementAgrees() || !hash.equals(checkpoint.checkpointHash())) {
                problem = "statement-mismatch";
            } else if (!checkpoint.previousHash().equals(previousHash)) {
                problem = "chain-mismatch";
            } else if (!key.verifies(checkpoint.statement(), checkpoint.signature())) {
                problem = "bad-signature";
            }
            if (problem != null) {
                check.broken = new Verification.BrokenCheckpoint(checkpoint.id(), checkpoint.treeSize(),
                        previousPosition + 1, checkpoint.lastPosition(), problem);
                return check;
            }
            previousHash = checkpoint.checkpointHash();
            previousPosition = checkpoint.lastPosition();
        }
        if (checkpoints.isEmpty()) {
            return check;
        }
        Merkle.Accumulator tree = new Merkle.Accumulator();
        int[] next = {0};
        long[] rangeStart = {1};
        streaming.query("SELECT global_index, event_hash FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index",
                row -> {
                    if (check.broken != null || next[0] >= checkpoints.size()) {
                        return;
                    }
                    tree.add(Merkle.leaf(LeafHashes.of(row.getString(2))));
                    Checkpoint checkpoint = checkpoints.get(next[0]);
                    if (tree.size() == checkpoint.treeSize()) {
                        String root = HexFormat.of().formatHex(tree.root());
                        String problem = !root.equals(checkpoint.rootHash()) ? "root-mismatch"
                                : row.getLong(1) != checkpoint.lastPosition() ? "position-mismatch" : null;
                        if (problem != null) {
                            check.broken = new Verification.BrokenCheckpoint(checkpoint.id(), checkpoint.treeSize(),
                                    rangeStart[0], checkpoint.lastPosition(), problem);
                            return;
                        }
                        check.checked++;
                        rangeStart[0] = checkpoint.lastPosition() + 1;
                        next[0]++;
                    }
                }, checkpoints.get(checkpoints.size() - 1).lastPosition());
        if (check.broken == null && next[0] < checkpoints.size()) {
            Checkpoint checkpoint = checkpoints.get(next[0]);
            check.broken = new Verification.BrokenCheckpoint(checkpoint.id(), checkpoint.treeSize(), rangeStart[0],
                    checkpoint.lastPosition(), "missing-events");
        }
        return check;
    }
}
