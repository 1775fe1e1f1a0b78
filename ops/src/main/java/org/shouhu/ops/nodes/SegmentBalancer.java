package org.shouhu.ops.nodes;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.shouhu.query.projections.ProjectionPositions;
import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments of each event processor among the query nodes alive. Axon's tracking
 * processors claim every free segment they have a thread for, so the first node to start
 * holds them all; a node holding more than its fair share (segments / live query nodes,
 * rounded up) while another live node holds none gives one up for a while, and that node
 * claims it from the token store. A node that dies stops renewing its claims, and after the claim timeout
 * ({@code axon.eventhandling.tokenstore.claim-timeout}) the others take its segments over.
 */
@Component
public class SegmentBalancer {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final LiveNodes liveNodes;
    private final ProjectionPositions positions;
    private final NodeProperties node;

    public SegmentBalancer(EventProcessingConfiguration processing, LiveNodes liveNodes, ProjectionPositions positions,
                           NodeProperties node) {
        this.processing = processing;
        this.liveNodes = liveNodes;
        this.positions = positions;
        this.node = node;
    }

    public void balance() {
        int queryNodes = Math.max(1, liveNodes.alive(NodeRole.QUERY));
        processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .filter(TrackingEventProcessor::isRunning)
                .forEach(processor -> giveUpBeyondFairShare(processor, queryNodes));
    }

    private void giveUpBeyondFairShare(TrackingEventProcessor processor, int queryNodes) {
        int segments = positions.segments(processor.getName());
        int fairShare = (int) Math.ceil(segments / (double) queryNodes);
        var held = processor.processingStatus().keySet();
        // only when some live query node holds none of it: a segment given up is then taken
        // at once, not left unprocessed while a dead node still counts as alive
        if (held.size() > fairShare && positions.owners(processor.getName()) < queryNodes) {
            int given = held.stream().max(Comparator.naturalOrder()).orElseThrow();
            // long enough for another node's processor to notice the free segment and claim it
            long releaseMillis = node.balanceInterval().multipliedBy(LiveNodes.ALIVE_BEATS).toMillis();
            processor.releaseSegment(given, releaseMillis, TimeUnit.MILLISECONDS);
            LOG.info("Processor {}: segment {} given up for another node ({} held, fair share {} of {} over {} nodes)",
                    processor.getName(), given, held.size(), fairShare, segments, queryNodes);
        }
    }
}
