package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.stereotype.Component;

/**
 * {@code shouhu.events.appended} (Prometheus: {@code shouhu_events_appended_total}): events
 * committed to the store by this node, by event type. Counted when the unit of work that
 * appended them commits; events rolled back are not counted.
 */
@Component
public class EventMetrics implements MessageMonitor<Message<?>> {

    static final String NAME = "shouhu.events.appended";

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        String type = message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                Counter.builder(NAME).description("Events appended to the store, by type").tag("type", type)
                        .register(registry).increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                // rolled back: not in the store
            }

            @Override
            public void reportIgnored() {
                // not appended
            }
        };
    }
}
