package org.shouhu.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting the application keeps every child and event in the data directory. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void a_restart_keeps_every_child_and_event() {
        String childId;
        long eventsBefore;
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first), "director");
            childId = api.post("/api/v1/children", Children.registration()).json().get("childId").asText();
            api.post("/api/v1/children", Children.registration());
            eventsBefore = first.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Api api = new Api(port(second), "director");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(eventsBefore);
            long registered = jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry
                     WHERE payload_type = 'org.shouhu.events.child.ChildRegistered'""", Long.class);
            long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            JsonNode count = api.get("/api/v1/roster/count?minPosition=" + head).json();
            assertThat(count.get("count").asLong()).isEqualTo(registered).isEqualTo(2);
            assertThat(api.get("/api/v1/children/" + childId).status()).isEqualTo(200);
            assertThat(api.post("/api/v1/children/" + childId + "/risk", Map.of("level", "MEDIUM")).status())
                    .isEqualTo(200);
        }

        try (ConfigurableApplicationContext third = start("--shouhu.projections.rebuild-on-start=true")) {
            Api api = new Api(port(third), "bureau");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
                JsonNode projections = api.get("/api/v1/admin/projections").json();
                for (JsonNode projection : projections) {
                    if (projection.get("replaying").asBoolean() || projection.get("lag").asLong() > 0) {
                        return false;
                    }
                }
                return true;
            });
            assertThat(api.get("/api/v1/roster/count").json().get("count").asLong())
                    .as("the command-line rebuild gives the same roster").isEqualTo(2);
            assertThat(api.get("/api/v1/children/" + childId).json().get("riskLevel").asText()).isEqualTo("MEDIUM");
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--shouhu.embedded-db.data-dir=" + dataDir, "--shouhu.embedded-db.ephemeral=false"));
        args.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(ShouhuApplication.class).profiles("test").run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
