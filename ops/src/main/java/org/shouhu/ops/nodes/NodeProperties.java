package org.shouhu.ops.nodes;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * {@code shouhu.node.*}: this node among the several that may share one PostgreSQL.
 *
 * @param id              how this node signs its claims on event-processor segments and its
 *                        heartbeat; unique per running node (default: process name and a random part)
 * @param roles           {@code command}, {@code query} or both; none in the command-line tools
 *                        ({@code verify}), which serve nothing and run no processor or deadline
 * @param balanceInterval how often a query node beats its heartbeat and gives up a segment it
 *                        holds beyond its fair share, so that the nodes alive share the processing
 */
@ConfigurationProperties("shouhu.node")
public record NodeProperties(String id, Set<NodeRole> roles, Duration balanceInterval) {

    public NodeProperties {
        if (id == null || id.isBlank()) {
            id = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (balanceInterval == null || balanceInterval.isNegative() || balanceInterval.isZero()) {
            throw new IllegalArgumentException("shouhu.node.balance-interval must be a positive duration");
        }
    }

    public boolean has(NodeRole role) {
        return roles.contains(role);
    }
}
