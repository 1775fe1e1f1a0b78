package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.shouhu.ops.nodes.LiveNodes;
import org.shouhu.ops.nodes.NodeRole;
import org.shouhu.query.projections.OnQueryNode;
import org.shouhu.query.projections.ProjectionAdministration;
import org.shouhu.query.projections.ProjectionPositions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
 * Each gauge asks the database when scraped; a failed read gives NaN, not an error.
 */
@Component
@OnQueryNode
public class EventProcessorMetrics implements MeterBinder {

    private final ProjectionPositions positions;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final LiveNodes liveNodes;

    public EventProcessorMetrics(ProjectionPositions positions, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                            LiveNodes liveNodes) {
        this.positions = positions;
        this.processing = processing;
        this.jdbc = jdbc;
        this.liveNodes = liveNodes;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shouhu.store.head", positions, ProjectionPositions::headPosition).baseUnit("position")
                .description("Global position of the newest event in the store").register(registry);
        for (String processor : ProjectionAdministration.READ_MODELS) {
            Gauge.builder("shouhu.processor", positions, p -> p.position(processor)).baseUnit("position")
                    .tag("processor", processor).description("Global position the read model has handled")
                    .register(registry);
            Gauge.builder("shouhu.processor.lag", positions,
                            p -> Math.max(0, p.headPosition() - p.position(processor))).baseUnit("events")
                    .tag("processor", processor).description("Events in the store the read model has not handled")
                    .register(registry);
            Gauge.builder("shouhu.processor.dead.letters", jdbc, j -> j.queryForObject(
                            "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?", Long.class, processor))
                    .tag("processor", processor).description("Events waiting in the dead-letter queue")
                    .register(registry);
            Gauge.builder("shouhu.processor.segments.claimed", processing, p -> p.eventProcessor(processor,
                            TrackingEventProcessor.class).map(t -> t.processingStatus().size()).orElse(0))
                    .tag("processor", processor).description("Segments this node is processing").register(registry);
        }
        for (NodeRole role : NodeRole.values()) {
            Gauge.builder("shouhu.nodes.alive", liveNodes, nodes -> nodes.alive(role))
                    .tag("role", role.name().toLowerCase()).description("Nodes beating their heartbeat")
                    .register(registry);
        }
    }
}
