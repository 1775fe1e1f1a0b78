package org.shouhu.ops.nodes;

import org.shouhu.ops.time.Repeating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Every {@code shouhu.node.balance-interval}: this node's heartbeat, then (on a query node) its share of segments. */
@Component
public class NodeHeartbeat extends Repeating {

    private static final Logger LOG = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final LiveNodes liveNodes;
    private final SegmentBalancer balancer;
    private final NodeProperties node;

    public NodeHeartbeat(LiveNodes liveNodes, SegmentBalancer balancer, NodeProperties node) {
        super("node-heartbeat", Duration.ZERO, node.balanceInterval());
        this.liveNodes = liveNodes;
        this.balancer = balancer;
        this.node = node;
    }

    @Override
    public synchronized void start() {
        if (node.roles().isEmpty()) {
            return; // a command-line tool, not a node
        }
        super.start();
        LOG.info("Node {} started with roles {}", node.id(), node.roles());
    }

    @Override
    public synchronized void stop() {
        boolean beating = isRunning();
        super.stop();
        if (beating) {
            try {
                liveNodes.leave();
            } catch (RuntimeException databaseAway) {
                LOG.warn("Node {} could not sign off ({}); it stops counting as alive after its missed beats",
                        node.id(), databaseAway.getClass().getSimpleName());
            }
        }
    }

    @Override
    protected void runOnce() {
        liveNodes.beat();
        if (node.has(NodeRole.QUERY)) {
            balancer.balance();
        }
    }
}
