package org.shouhu.ops.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.database.EmbeddedDatabaseProperties;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Nodes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one PostgreSQL share the writes and the read models' segments;
 * one stops while both are taking records, and the survivor's read models then hold every
 * event of the store exactly once.
 */
class SeveralNodesTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dataDir;

    @Test
    void two_nodes_share_the_work_and_the_survivor_holds_every_event_once() throws Exception {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDir, 0, "shouhu", null, true))) {
            ConfigurableApplicationContext nodeA = start(database, "node-a");
            ConfigurableApplicationContext nodeB = start(database, "node-b");
            try {
                JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
                await("both nodes hold a segment of each split processor").atMost(Duration.ofSeconds(60))
                        .until(() -> owners(jdbc, "roster") == 2 && owners(jdbc, "child-history") == 2);

                Writers writers = new Writers(List.of(new Api(Nodes.port(nodeA), "director"), new Api(Nodes.port(nodeB), "director")));
                await("records taken by both nodes").atMost(Duration.ofSeconds(60))
                        .until(() -> writers.acknowledgedBy(0) >= 10 && writers.acknowledgedBy(1) >= 10);
                int acknowledgedByB = writers.acknowledgedBy(1);
                nodeA.close();
                await("records taken by the survivor after the stop").atMost(Duration.ofSeconds(60))
                        .until(() -> writers.acknowledgedBy(1) >= acknowledgedByB + 20);
                writers.stop();

                Api survivor = new Api(Nodes.port(nodeB), "bureau");
                await("the survivor's read models reach the head of the store").atMost(Duration.ofSeconds(60))
                        .until(() -> caughtUp(survivor));

                long registered = count(jdbc, "SELECT count(*) FROM domain_event_entry "
                        + "WHERE payload_type = 'org.shouhu.events.child.ChildRegistered'");
                long visits = count(jdbc, "SELECT count(*) FROM domain_event_entry "
                        + "WHERE payload_type = 'org.shouhu.events.visits.VisitRecorded'");
                assertThat(registered + visits).as("every acknowledged record is in the store")
                        .isGreaterThanOrEqualTo(writers.acknowledged());
                assertThat(survivor.get("/api/v1/roster/count").json().get("count").asLong())
                        .as("every registered child is on the roster").isEqualTo(registered);
                assertThat(count(jdbc, "SELECT count(*) FROM read_model.child_history"))
                        .as("one history entry per event of the children's streams")
                        .isEqualTo(count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE type = 'ChildCase'"));
                assertThat(count(jdbc, """
                        SELECT count(*) FROM read_model.child_file f
                         WHERE (f.file->>'visits')::int <> (SELECT count(*) FROM domain_event_entry e
                                 WHERE e.aggregate_identifier = f.child_id::text
                                   AND e.payload_type = 'org.shouhu.events.visits.VisitRecorded')"""))
                        .as("no child's file counts a visit twice (or misses one)").isZero();
                assertThat(count(jdbc, "SELECT count(*) FROM read_model.child_file f WHERE (f.file->>'visits')::int > 0"))
                        .as("visits were counted at all").isPositive();
                assertThat(count(jdbc, "SELECT count(*) FROM dead_letter_entry")).as("dead letters").isZero();
                assertThat(jdbc.queryForList("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL", String.class))
                        .as("the survivor holds every segment").containsExactly("node-b");
            } finally {
                nodeA.close();
                nodeB.close();
            }
        }
    }

    private static boolean caughtUp(Api api) {
        JsonNode projections = api.get("/api/v1/admin/projections").json();
        for (JsonNode projection : projections) {
            if (projection.get("lag").asLong() > 0 || projection.get("replaying").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    private static long owners(JdbcTemplate jdbc, String processor) {
        return count(jdbc, "SELECT count(DISTINCT owner) FROM token_entry WHERE processor_name = '" + processor + "'");
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgresServer database, String nodeId) {
        return Nodes.start(database, "shouhu",
                "--shouhu.node.id=" + nodeId,
                "--shouhu.node.balance-interval=1s",
                "--axon.eventhandling.tokenstore.claim-timeout=3s",
                // one segment per node, as docs/operations.md tells for several query nodes
                "--axon.eventhandling.processors.roster.initial-segment-count=2",
                "--axon.eventhandling.processors.child-history.initial-segment-count=2",
                "--axon.eventhandling.processors.roster.token-claim-interval=500",
                "--axon.eventhandling.processors.child-history.token-claim-interval=500",
                "--axon.eventhandling.processors.workforce.token-claim-interval=500");
    }

    /** One client per node, each registering children and recording visits until stopped. */
    private static final class Writers {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<AtomicInteger> acknowledged = new ArrayList<>();
        private final ExecutorService threads;
        private final List<Future<?>> work = new ArrayList<>();

        Writers(List<Api> nodes) {
            threads = Executors.newFixedThreadPool(nodes.size());
            for (Api node : nodes) {
                AtomicInteger count = new AtomicInteger();
                acknowledged.add(count);
                work.add(threads.submit(() -> write(node, count)));
            }
        }

        private void write(Api node, AtomicInteger count) {
            String childId = null;
            while (running.get()) {
                try {
                    if (childId == null || count.get() % 5 == 0) {
                        Api.Reply registered = node.post("/api/v1/children", Children.registration());
                        if (registered.status() == 201) {
                            childId = registered.json().get("childId").asText();
                            count.incrementAndGet();
                        }
                    } else {
                        Api.Reply visit = node.post("/api/v1/children/" + childId + "/visits", Map.of(
                                "occurredOn", LocalDate.now(DISTRICT).toString(), "kind", "HOME", "childSeen", true,
                                "findings", "家中整洁", "riskIndicators", List.of()));
                        if (visit.status() == 201) {
                            count.incrementAndGet();
                        }
                    }
                } catch (RuntimeException nodeGone) {
                    // the stopped node no longer answers: what it did not acknowledge is not counted
                    pause();
                }
            }
        }

        int acknowledgedBy(int node) {
            return acknowledged.get(node).get();
        }

        int acknowledged() {
            return acknowledged.stream().mapToInt(AtomicInteger::get).sum();
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> future : work) {
                future.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
