package org.shouhu.ops.integrity;

/**
 * An event as it is stored, field by field, in the text that is stored: what its hash is
 * computed over (see {@link EventHash}).
 *
 * @param canonicalMetaData the metadata without {@code previousHash} and {@code hash}, as canonical JSON
 */
public record StoredEvent(String identifier, String aggregateIdentifier, long sequenceNumber, String type,
                          String timestamp, String payloadType, String payloadRevision, String payload,
                          String canonicalMetaData) {
}
