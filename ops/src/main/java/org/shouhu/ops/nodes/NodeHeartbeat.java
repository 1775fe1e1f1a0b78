package org.shouhu.ops.nodes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Every {@code shouhu.node.balance-interval}: this node's heartbeat, then (on a query node) its share of segments. */
@Component
public class NodeHeartbeat implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final LiveNodes liveNodes;
    private final SegmentBalancer balancer;
    private final NodeProperties node;
    private ScheduledExecutorService scheduler;

    public NodeHeartbeat(LiveNodes liveNodes, SegmentBalancer balancer, NodeProperties node) {
        this.liveNodes = liveNodes;
        this.balancer = balancer;
        this.node = node;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = node.balanceInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::beat, 0, every, TimeUnit.MILLISECONDS);
        LOG.info("Node {} started with roles {}", node.id(), node.roles());
    }

    private void beat() {
        try {
            liveNodes.beat();
            if (node.has(NodeRole.QUERY)) {
                balancer.balance();
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next beat tries again
            LOG.warn("Node heartbeat missed ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
