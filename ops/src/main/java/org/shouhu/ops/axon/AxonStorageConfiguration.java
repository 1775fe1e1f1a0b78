package org.shouhu.ops.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.shouhu.ops.axon.upcasting.EventRevisions;
import org.shouhu.ops.integrity.ChainedAppendEvents;
import org.shouhu.ops.nodes.NodeProperties;
import org.shouhu.ops.privacy.DataKeys;
import org.shouhu.ops.privacy.PersonalDataSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's stores on PostgreSQL through its JDBC storage engine (not JPA: Hibernate 6 would map
 * the payload columns to {@code oid}). Every message is serialized as JSON text, so an
 * inspector can read events, snapshots and tokens with {@code psql}. Table and column names
 * are snake_case; the tables themselves are created by Flyway ({@code V1__axon_stores.sql}).
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    static {
        // A record system for children's data calls out to no vendor: Axon's update checker stays off.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
    }

    /**
     * One JSON serializer for events, snapshots, tokens and messages. It has its own
     * ObjectMapper, independent of the web layer's, because what is stored must stay readable
     * whatever the HTTP settings become; unknown properties are ignored so that old events
     * still load after a field is removed; each event's revision comes from {@link EventRevisions}.
     * Personal data inside children's events is sealed
     * under the child's data key on the way in and opened on the way out
     * ({@link PersonalDataSerializer}).
     */
    @Bean
    @Primary
    PersonalDataSerializer serializer(DataKeys dataKeys) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(mapper)
                .revisionResolver(new EventRevisions()).build(), mapper, dataKeys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeys();
    }

    @Bean
    EventStorageEngine eventStorageEngine(PersonalDataSerializer serializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(String.class)
                .appendEvents(new ChainedAppendEvents(serializer))
                .build();
    }

    /**
     * Processor positions, one row per segment. Each node claims segments under its own
     * {@code shouhu.node.id}: two nodes under one name (Axon's default is the JVM's process
     * name) would both think they hold the same segment and handle its events twice.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          TokenStoreProperties tokenStoreProperties, NodeProperties node) {
        TokenSchema schema = TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(schema)
                .serializer(serializer)
                .contentType(String.class)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .nodeId(node.id())
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
