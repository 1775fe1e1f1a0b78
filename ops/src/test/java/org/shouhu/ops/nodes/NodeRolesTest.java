package org.shouhu.ops.nodes;

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
            Api writer = new Api(Nodes.port(commandNode), "director");
            Api reader = new Api(Nodes.port(queryNode), "director");

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
        return Nodes.start(database, "shouhu", "--shouhu.node.id=" + nodeId, "--shouhu.node.roles=" + roles);
    }
}
