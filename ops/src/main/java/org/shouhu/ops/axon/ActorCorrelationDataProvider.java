package org.shouhu.ops.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries who acted, why, on which request (and from which imported file and row), from each command onto every event it
 * causes; the command's own identifier becomes the events' {@code causationId}. The
 * expected version (If-Match) is deliberately not copied: it belongs to the request. What was
 * captured offline carries the device's capture time and the version it was captured against
 * onto its events: the event timestamp is only when the server recorded it.
 */
@Component
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    static final List<String> COPIED = List.of("actorId", "actorRole", "actorArea", "reason", "correlationId",
            "idempotencyKey", "importFile", "importSha256", "importRow", "capturedAt", "capturedAgainstVersion");

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put("causationId", message.getIdentifier());
        return data;
    }
}
