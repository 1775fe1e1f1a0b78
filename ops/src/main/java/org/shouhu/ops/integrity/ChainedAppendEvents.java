package org.shouhu.ops.integrity;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.shouhu.ops.privacy.PersonalDataSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends events with their hash chain: each event's metadata gets {@code previousHash} (the
 * hash of the event before it in the same stream) and {@code hash} ({@link EventHash}), and
 * the hash is also written to the {@code event_hash} column, where checkpoints and proofs read
 * it. The payload is serialized once, so the hash covers exactly the text that is stored.
 */
public class ChainedAppendEvents implements AppendEventsStatementBuilder {

    private final PersonalDataSerializer personalData;

    public ChainedAppendEvents(PersonalDataSerializer personalData) {
        this.personalData = personalData;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
            lock.setLong(1, AppendLock.KEY);
            lock.execute();
        }
        PreparedStatement statement = connection.prepareStatement("INSERT INTO " + schema.domainEventTable()
                + " (" + schema.domainEventFields() + ", event_hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
        Map<String, String> lastHashes = new HashMap<>();
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            String timestamp = DateTimeUtils.formatInstant(event.getTimestamp());
            MetaData metaData = personalData.sealReason(event.getPayload(),
                    event.getMetaData().withoutKeys(java.util.Set.of(EventHash.PREVIOUS_HASH, EventHash.HASH)));
            String baseMetaData = serializer.serialize(metaData, String.class).getData();
            String previousHash = lastHashes.containsKey(event.getAggregateIdentifier())
                    ? lastHashes.get(event.getAggregateIdentifier())
                    : previousHash(connection, schema, event);
            StoredEvent stored = new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getType(), timestamp, payload.getType().getName(),
                    payload.getType().getRevision(), payload.getData(), CanonicalJson.metaData(baseMetaData));
            String hash = EventHash.of(stored, previousHash);
            String chainedMetaData = serializer.serialize(metaData.and(EventHash.PREVIOUS_HASH, previousHash)
                    .and(EventHash.HASH, hash), String.class).getData();
            statement.setString(1, stored.identifier());
            statement.setString(2, stored.aggregateIdentifier());
            statement.setLong(3, stored.sequenceNumber());
            statement.setString(4, stored.type());
            statement.setString(5, timestamp);
            statement.setString(6, stored.payloadType());
            statement.setString(7, stored.payloadRevision());
            statement.setString(8, stored.payload());
            statement.setString(9, chainedMetaData);
            statement.setString(10, hash);
            statement.addBatch();
            lastHashes.put(event.getAggregateIdentifier(), hash);
        }
        return statement;
    }

    /** The hash of the event before this one in its stream, read in the appending transaction. */
    private static String previousHash(Connection connection, EventSchema schema, DomainEventMessage<?> event)
            throws SQLException {
        if (event.getSequenceNumber() == 0) {
            return EventHash.GENESIS;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT event_hash FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn() + " = ?")) {
            query.setString(1, event.getAggregateIdentifier());
            query.setLong(2, event.getSequenceNumber() - 1);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the event before sequence " + event.getSequenceNumber()
                            + " of stream " + event.getAggregateIdentifier() + " is missing");
                }
                // an event stored before chaining began has no hash: the chain starts afresh after it,
                // and the verifier reports the older events as unchained
                return row.getString(1) == null ? EventHash.GENESIS : row.getString(1);
            }
        }
    }

    /** An event published outside an aggregate is a stream of its own, as Axon stores it. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
