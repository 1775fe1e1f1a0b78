package org.shouhu.ops.nodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.database.EmbeddedDatabaseProperties;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A command node takes records and keeps no read model; a query node answers reads and keeps them. */
class NodeRolesTest {

    @TempDir
    Path dataDir;

    @Test
    void a_command_node_and_a_query_node_share_the_work_by_role() {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDir, 0, "shouhu", null, true));
             ConfigurableApplicationContext commandNode = start(database, "writer", "command");
             ConfigurableApplicationContext queryNode = start(database, "reader", "query")) {
            Api writer = new Api(port(commandNode), "director");
            Api reader = new Api(port(queryNode), "director");

            Api.Reply refusedWrite = reader.post("/api/v1/children", Children.registration());
            assertThat(refusedWrite.status()).as(refusedWrite.toString()).isEqualTo(503);
            assertThat(refusedWrite.json().get("type").asText()).endsWith("node-role");
            Api.Reply refusedRead = writer.get("/api/v1/roster");
            assertThat(refusedRead.status()).as(refusedRead.toString()).isEqualTo(503);

            Api.Reply registered = writer.post("/api/v1/children", Children.registration());
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String childId = registered.json().get("childId").asText();
            Api.Reply file = reader.get("/api/v1/children/" + childId + "?minPosition=" + registered.position());
            assertThat(file.status()).as("read on the query node right after the write on the command node: " + file)
                    .isEqualTo(200);

            JdbcTemplate jdbc = commandNode.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL", String.class))
                    .as("only the query node processes").containsExactly("reader");
            assertThat(commandNode.getBeanNamesForType(org.shouhu.query.roster.RosterProjection.class))
                    .as("no projection on the command node").isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgresServer database, String nodeId, String roles) {
        return new SpringApplicationBuilder(ShouhuApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl("shouhu"),
                "--spring.datasource.username=" + database.username(),
                "--shouhu.node.id=" + nodeId,
                "--shouhu.node.roles=" + roles);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
