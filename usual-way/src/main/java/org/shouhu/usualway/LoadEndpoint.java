package org.shouhu.usualway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the benchmark puts its dataset's children into this store before measuring: their events,
 * sent as JSON, appended through Axon's event store (so stored by its JPA engine, serialized by
 * XStream) in one transaction per request.
 */
@RestController
class LoadEndpoint {

    /** One stored event of a child's stream, as the benchmark sends it. */
    record StoredEvent(String aggregateId, long sequence, String identifier, Instant timestamp, String payloadType,
                       JsonNode payload, Map<String, Object> metaData) {
    }

    private final EventStore events;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    LoadEndpoint(EventStore events, ObjectMapper json, TransactionTemplate transaction) {
        this.events = events;
        this.json = json;
        this.transaction = transaction;
    }

    @PostMapping("/bench/events")
    int load(@RequestBody List<StoredEvent> stored) throws Exception {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (StoredEvent event : stored) {
            Object payload = json.treeToValue(event.payload(), Class.forName(event.payloadType()));
            messages.add(new GenericDomainEventMessage<>("ChildCase", event.aggregateId(), event.sequence(), payload,
                    MetaData.from(event.metaData()), event.identifier(), event.timestamp()));
        }
        transaction.executeWithoutResult(status -> events.publish(messages));
        return messages.size();
    }
}
