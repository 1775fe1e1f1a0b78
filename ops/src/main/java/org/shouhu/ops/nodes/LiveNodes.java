package org.shouhu.ops.nodes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The nodes sharing the database, known by their heartbeats in {@code cluster.node}: a node
 * is alive while its last beat is younger than {@link #ALIVE_BEATS} balance intervals. Times
 * are the database's, one clock for every node (and not the district clock, which tests move).
 */
@Component
public class LiveNodes {

    /** Beats a node may miss (a long pause in garbage collection, a slow database) before it counts as gone. */
    static final int ALIVE_BEATS = 3;
    /** A node gone this long is forgotten. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final NodeProperties node;

    public LiveNodes(JdbcTemplate jdbc, NodeProperties node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** Records that this node is alive, and forgets the nodes long gone. */
    public void beat() {
        String roles = node.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        jdbc.update("""
                INSERT INTO cluster.node (node_id, roles, started_at, seen_at) VALUES (?, ?, now(), now())
                ON CONFLICT (node_id) DO UPDATE SET roles = excluded.roles, seen_at = excluded.seen_at""",
                node.id(), roles);
        jdbc.update("DELETE FROM cluster.node WHERE seen_at < now() - make_interval(secs => ?)",
                FORGET_AFTER.toSeconds());
    }

    /** This node stops: it no longer counts as alive, at once rather than after its missed beats. */
    public void leave() {
        jdbc.update("DELETE FROM cluster.node WHERE node_id = ?", node.id());
    }

    /** The nodes alive with the given role, this one included once it has beaten. */
    public int alive(NodeRole role) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM cluster.node
                 WHERE seen_at > now() - make_interval(secs => ?) AND position(? IN roles) > 0""", Integer.class,
                node.balanceInterval().multipliedBy(ALIVE_BEATS).toMillis() / 1000.0, role.name());
        return count == null ? 0 : count;
    }
}
