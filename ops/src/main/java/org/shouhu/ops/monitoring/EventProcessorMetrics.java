package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.shouhu.ops.nodes.LiveNodes;
import org.shouhu.ops.nodes.NodeRole;
import org.shouhu.ops.time.Repeating;
import org.shouhu.query.projections.OnQueryNode;
import org.shouhu.query.projections.ProjectionAdministration;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event processors that keep the read models, as a query node sees them:
 * <ul>
 * <li>{@code shouhu_store_head_position}: the global position of the newest event;</li>
 * <li>{@code shouhu_processor_position{processor}}: how far the read model has read (over all its
 * segments, whichever node holds them), and {@code shouhu_processor_lag_events}: how far behind
 * the head it is;</li>
 * <li>{@code shouhu_processor_dead_letters{processor}}: events that failed and wait in the dead-letter queue;</li>
 * <li>{@code shouhu_processor_segments_claimed{processor}}: the segments this node is processing;</li>
 * <li>{@code shouhu_nodes_alive{role}}: the nodes beating their heartbeat.</li>
 * </ul>
 * Read from the database every {@code shouhu.monitoring.store-refresh} in the background; a
 * scrape reads the last figures (NaN before the first) and never waits on the database.
 */
@Component
@OnQueryNode
public class EventProcessorMetrics extends Repeating {

    private static final String HEAD = "head";

    private final ProjectionAdministration projections;
    private final EventProcessingConfiguration processing;
    private final LiveNodes liveNodes;
    private final Map<String, Double> figures = new ConcurrentHashMap<>();

    public EventProcessorMetrics(ProjectionAdministration projections, EventProcessingConfiguration processing,
                                 LiveNodes liveNodes, MeterRegistry registry, MonitoringProperties properties) {
        super("processor-metrics", Duration.ZERO, properties.storeRefresh());
        this.projections = projections;
        this.processing = processing;
        this.liveNodes = liveNodes;
        gauge("shouhu.store.head", HEAD).baseUnit("position")
                .description("Global position of the newest event in the store").register(registry);
        for (String processor : ProjectionAdministration.READ_MODELS) {
            gauge("shouhu.processor", "position/" + processor).baseUnit("position")
                    .tag("processor", processor).description("Global position the read model has handled")
                    .register(registry);
            gauge("shouhu.processor.lag", "lag/" + processor).baseUnit("events")
                    .tag("processor", processor).description("Events in the store the read model has not handled")
                    .register(registry);
            gauge("shouhu.processor.dead.letters", "dead/" + processor).tag("processor", processor)
                    .description("Events waiting in the dead-letter queue").register(registry);
            Gauge.builder("shouhu.processor.segments.claimed", processing, p -> p.eventProcessor(processor,
                            TrackingEventProcessor.class).map(t -> t.processingStatus().size()).orElse(0))
                    .tag("processor", processor).description("Segments this node is processing").register(registry);
        }
        for (NodeRole role : NodeRole.values()) {
            gauge("shouhu.nodes.alive", "alive/" + role).tag("role", role.name().toLowerCase())
                    .description("Nodes beating their heartbeat").register(registry);
        }
    }

    private Gauge.Builder<Map<String, Double>> gauge(String name, String figure) {
        return Gauge.builder(name, figures, all -> all.getOrDefault(figure, Double.NaN));
    }

    @Override
    protected void runOnce() {
        for (ProjectionAdministration.ProjectionStatus status : projections.status()) {
            figures.put(HEAD, (double) status.headPosition());
            figures.put("position/" + status.name(), (double) status.position());
            figures.put("lag/" + status.name(), (double) status.lag());
            figures.put("dead/" + status.name(), (double) processing.deadLetterQueue(status.name())
                    .map(SequencedDeadLetterQueue::size).orElse(0L));
        }
        for (NodeRole role : NodeRole.values()) {
            figures.put("alive/" + role, (double) liveNodes.alive(role));
        }
    }
}
