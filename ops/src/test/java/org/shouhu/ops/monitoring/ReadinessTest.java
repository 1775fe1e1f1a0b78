package org.shouhu.ops.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.database.EmbeddedDatabaseProperties;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Nodes;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While PostgreSQL is away the node says it is not ready (and still alive), within a bounded
 * time; when PostgreSQL is back it is ready again without a restart, and records flow again.
 */
class ReadinessTest {

    @TempDir
    Path dataDir;

    @Test
    void the_node_is_unready_while_the_database_is_away_and_ready_again_after() throws IOException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, freePort(), "shouhu", null,
                false);
        EmbeddedPostgresServer database = EmbeddedPostgresServer.start(properties);
        try (ConfigurableApplicationContext node = Nodes.start(database, "shouhu")) {
            Api api = new Api(Nodes.port(node), "director");
            assertThat(status(api, "readiness")).isEqualTo("UP");

            database.close();
            database = null;
            await("not ready while the database is away").atMost(Duration.ofSeconds(30))
                    .until(() -> !"UP".equals(status(api, "readiness")));
            long asked = System.nanoTime();
            Api.Reply readiness = api.anonymous().get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered within a bounded time")
                    .isLessThan(Duration.ofSeconds(25));
            assertThat(status(api, "liveness")).as("alive: a database outage is no reason to restart").isEqualTo("UP");

            database = EmbeddedPostgresServer.start(properties);
            await("ready again once the database is back").atMost(Duration.ofSeconds(60))
                    .until(() -> "UP".equals(status(api, "readiness")));
            Api.Reply registered = api.post("/api/v1/children", Children.registration());
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            assertThat(api.get("/api/v1/roster/count?minPosition=" + registered.position()).json()
                    .get("position").asLong()).as("the processors resumed").isGreaterThanOrEqualTo(registered.position());
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private static String status(Api api, String probe) {
        return api.anonymous().get("/actuator/health/" + probe).json().get("status").asText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
