package org.shouhu.ops.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an event: SHA-256 over its canonical form, chained to the hash of the event
 * before it in its stream. The canonical form is a sequence of netstrings
 * ({@code <UTF-8 byte length>:<bytes>,}) of, in this order: the tag {@code shouhu-event-v1},
 * the previous event's hash (64 zeros for the first event of a stream), the event identifier,
 * the aggregate identifier, the sequence number in decimal, the aggregate type, the timestamp
 * as stored, the payload type, the payload revision (empty when none), the payload as stored
 * (personal data sealed), and the metadata without {@code previousHash} and {@code hash} as
 * canonical JSON ({@link CanonicalJson}). Netstrings need no escaping, so no two different
 * events have the same canonical form. docs/integrity.md gives the same definition for
 * anyone verifying without the application.
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String HASH = "hash";
    static final String TAG = "shouhu-event-v1";

    private EventHash() {
    }

    public static String of(StoredEvent event, String previousHash) {
        MessageDigest sha256 = sha256();
        field(sha256, TAG);
        field(sha256, previousHash);
        field(sha256, event.identifier());
        field(sha256, event.aggregateIdentifier());
        field(sha256, Long.toString(event.sequenceNumber()));
        field(sha256, event.type() == null ? "" : event.type());
        field(sha256, event.timestamp());
        field(sha256, event.payloadType());
        field(sha256, event.payloadRevision() == null ? "" : event.payloadRevision());
        field(sha256, event.payload());
        field(sha256, event.canonicalMetaData());
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        digest.update((byte) ',');
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
