package org.shouhu.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends one command for one HTTP write and builds its answer, all in one database
 * transaction: the Idempotency-Key record, the set-validation rows and the events are
 * committed together or not at all, so a retried request can never record twice and an
 * answered request is never lost.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final TransactionTemplate transaction;
    private final IdempotencyRecords idempotencyRecords;
    private final StreamHeads streamHeads;
    private final ObjectMapper objectMapper;

    public CommandDispatcher(CommandGateway commandGateway, TransactionTemplate transaction,
                             IdempotencyRecords idempotencyRecords, StreamHeads streamHeads,
                             ObjectMapper objectMapper) {
        this.commandGateway = commandGateway;
        this.transaction = transaction;
        this.idempotencyRecords = idempotencyRecords;
        this.streamHeads = streamHeads;
        this.objectMapper = objectMapper;
    }

    /**
     * @param streamId the stream written to (a child's id, an account's name)
     * @param command  the command record
     * @param request  headers and reason
     * @param status   201 for what creates a thing, else 200
     * @param body     the answer's body from the stream head after the write
     * @param location where the created thing is read, or null
     */
    public ResponseEntity<Object> dispatch(String streamId, Object command, WriteRequest request, HttpStatus status,
                                           Function<WriteResult, Object> body, URI location) {
        return dispatch(streamId, command, request, (returned, head) -> new Answer(status, body.apply(head)), location);
    }

    /**
     * For a write whose answer depends on what the command handler decided, not only on the
     * stream head: an offline risk assessment that was held as a conflict is answered 202 with
     * the conflict's id, one that was applied 200.
     *
     * @param answering the status and body, from the handler's return value (null for none) and the stream head
     * @param location  where the created thing is read, or null
     */
    public ResponseEntity<Object> dispatch(String streamId, Object command, WriteRequest request, Answering answering,
                                           URI location) {
        Actor actor = Actor.current();
        try {
            return inTransaction(streamId, command, request, actor, answering, location);
        } catch (ConcurrencyException streamMovedOn) {
            // The stream had moved on past the state this node held in memory (another node wrote
            // to it). The attempt rolled back whole and took that state with it: once more, from
            // the store, where the command's rules meet the stream as it really is.
            return inTransaction(streamId, command, request, actor, answering, location);
        }
    }

    /** The status and body a write answers with. */
    public record Answer(HttpStatus status, Object body) {
    }

    /** Chooses a write's answer from what its command handler returned and the stream head after it. */
    @FunctionalInterface
    public interface Answering {
        Answer answer(Object returned, WriteResult head);
    }

    private ResponseEntity<Object> inTransaction(String streamId, Object command, WriteRequest request, Actor actor,
                                                 Answering answering, URI location) {
        try {
            return transaction.execute(tx -> dispatchOnce(streamId, command, request, actor, answering, location));
        } catch (DuplicateKeyException concurrentDuplicate) {
            if (request.idempotencyKey() == null) {
                throw concurrentDuplicate;
            }
            // Another request with the same key committed first; ours was rolled back whole.
            return transaction.execute(tx -> replay(actor, request)
                    .orElseThrow(() -> concurrentDuplicate));
        }
    }

    private ResponseEntity<Object> dispatchOnce(String streamId, Object command, WriteRequest request, Actor actor,
                                                Answering answering, URI location) {
        if (request.idempotencyKey() != null) {
            var earlier = replay(actor, request);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Object returned = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(metaData(actor, request)));
        WriteResult head = streamHeads.head(streamId);
        Answer answer = answering.answer(returned, head);
        String where = location == null ? null : location.toString();
        if (request.idempotencyKey() != null) {
            // the status is stored with the body: a retry of a write answered 202 is answered 202 again
            idempotencyRecords.insert(actor.id(), request.idempotencyKey(), new IdempotencyRecords.StoredResponse(
                    request.fingerprint(), answer.status().value(), toJson(answer.body()), where));
        }
        return respond(answer.status().value(), answer.body(), head.version(), where);
    }

    private java.util.Optional<ResponseEntity<Object>> replay(Actor actor, WriteRequest request) {
        return idempotencyRecords.find(actor.id(), request.idempotencyKey()).map(stored -> {
            if (!stored.fingerprint().equals(request.fingerprint())) {
                throw new IdempotencyKeyReusedException();
            }
            Object answer = fromJson(stored.body());
            long version = ((Map<?, ?>) answer).get("version") instanceof Number n ? n.longValue() : -1;
            return respond(stored.status(), answer, version, stored.location());
        });
    }

    private static ResponseEntity<Object> respond(int status, Object answer, long version, String location) {
        HttpHeaders headers = new HttpHeaders();
        if (version >= 0) {
            headers.setETag("\"" + version + "\"");
        }
        if (location != null) {
            headers.setLocation(URI.create(location));
        }
        return ResponseEntity.status(status).headers(headers).body(answer);
    }

    private static MetaData metaData(Actor actor, WriteRequest request) {
        Map<String, Object> entries = new HashMap<>();
        entries.put(MetaDataKeys.ACTOR_ID, actor.id());
        entries.put(MetaDataKeys.ACTOR_ROLE, actor.role());
        entries.put(MetaDataKeys.ACTOR_AREA, actor.area().toString());
        entries.put(MetaDataKeys.CORRELATION_ID, request.correlationId());
        if (request.reason() != null) {
            entries.put(MetaDataKeys.REASON, request.reason().value());
        }
        if (request.idempotencyKey() != null) {
            entries.put(MetaDataKeys.IDEMPOTENCY_KEY, request.idempotencyKey());
        }
        if (request.expectedVersion() != null) {
            entries.put(MetaDataKeys.EXPECTED_VERSION, request.expectedVersion());
        }
        if (request.capturedAt() != null) {
            entries.put(MetaDataKeys.CAPTURED_AT, request.capturedAt().toString());
        }
        if (request.capturedAgainstVersion() != null) {
            entries.put(MetaDataKeys.CAPTURED_AGAINST_VERSION, request.capturedAgainstVersion());
        }
        return MetaData.from(entries);
    }

    private String toJson(Object answer) {
        try {
            return objectMapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written as JSON", e);
        }
    }

    private Object fromJson(String json) {
        try {
            return objectMapper.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer that is not JSON", e);
        }
    }
}
