package org.shouhu.ops.backup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.database.EmbeddedDatabaseProperties;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Nodes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped scripts ({@code ops/backup}) back up a populated store with pg_dump and restore it
 * into a fresh database, where the verifier says intact against the checkpoint printed before
 * the backup, and the roster rebuilt by replay equals the original.
 */
class BackupRestoreTest {

    private static final Path SCRIPTS = Path.of("backup");
    private static final long SCRIPT_SECONDS = 300;

    @TempDir
    Path dataDir;

    @TempDir
    Path backups;

    @Test
    void a_restored_backup_verifies_against_the_checkpoint_printed_before_it_and_rebuilds_the_same_roster()
            throws Exception {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDir, 0, "shouhu", null, true))) {
            JsonNode originalRoster;
            List<String> keyOptions;
            String printedCheckpoint;
            Path dump = backups.resolve("shouhu.dump");
            try (ConfigurableApplicationContext original = Nodes.start(database, "shouhu")) {
                Api api = new Api(Nodes.port(original), "director");
                populate(api);
                Api bureau = api.as("bureau");
                Api.Reply checkpoint = bureau.post("/api/v1/integrity/checkpoints", Map.of());
                assertThat(checkpoint.status()).isEqualTo(201);
                printedCheckpoint = checkpoint.json().get("checkpointHash").asText();
                // recorded after the checkpoint: in the backup, covered by its chains only
                api.post("/api/v1/children", Children.registration());
                originalRoster = roster(bureau, original.getBean(JdbcTemplate.class));
                keyOptions = List.of(
                        "--shouhu.privacy.master-key-file=" + original.getEnvironment().getProperty("shouhu.privacy.master-key-file"),
                        "--shouhu.integrity.signing-key-file=" + original.getEnvironment().getProperty("shouhu.integrity.signing-key-file"));

                Result backup = run(database, "shouhu", List.of(SCRIPTS.resolve("backup.sh").toString(), dump.toString()));
                assertThat(backup.exit()).as(backup.output()).isZero();
                assertThat(backup.output()).as("the checkpoint printed before the backup")
                        .contains("checkpoint_hash=" + printedCheckpoint);
            }

            new JdbcTemplate(dataSource(database, "shouhu")).execute("CREATE DATABASE restored");
            new JdbcTemplate(dataSource(database, "shouhu")).execute("CREATE DATABASE wrongly_restored");

            List<String> wrong = new ArrayList<>(List.of(SCRIPTS.resolve("restore.sh").toString(), dump.toString(),
                    "--expect-checkpoint=" + "0".repeat(64)));
            wrong.addAll(keyOptions);
            Result refused = run(database, "wrongly_restored", wrong);
            assertThat(refused.exit()).as("a checkpoint the backup does not hold fails the restore: " + refused.output())
                    .isNotZero();
            assertThat(refused.output()).contains("\"found\" : false");

            List<String> restore = new ArrayList<>(List.of(SCRIPTS.resolve("restore.sh").toString(), dump.toString()));
            restore.addAll(keyOptions);
            Result restored = run(database, "restored", restore);
            assertThat(restored.exit()).as(restored.output()).isZero();
            assertThat(restored.output()).contains("\"status\" : \"intact\"", "\"found\" : true",
                    "holds checkpoint " + printedCheckpoint);

            try (ConfigurableApplicationContext again = Nodes.start(database, "restored")) {
                JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
                Api bureau = new Api(Nodes.port(again), "bureau");
                await("the read models rebuilt by replay").atMost(Duration.ofSeconds(60)).until(() -> {
                    for (JsonNode projection : bureau.get("/api/v1/admin/projections").json()) {
                        if (projection.get("lag").asLong() > 0 || projection.get("position").asLong() < 0) {
                            return false;
                        }
                    }
                    return true;
                });
                assertThat(roster(bureau, jdbc)).as("the rebuilt roster").isEqualTo(originalRoster);
            }
        }
    }

    private static void populate(Api api) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 6; i++) {
            String childId = api.post("/api/v1/children", Children.registration()).json().get("childId").asText();
            assertThat(api.post("/api/v1/children/" + childId + "/visits", Map.of("occurredOn", today.toString(),
                    "kind", "HOME", "childSeen", true, "findings", "家中整洁", "riskIndicators", List.of())).status())
                    .isEqualTo(201);
            if (i % 2 == 0) {
                assertThat(api.post("/api/v1/children/" + childId + "/risk", Map.of("level", "HIGH",
                        "reason", "监护人外出务工")).status()).isEqualTo(200);
            }
        }
    }

    /** The whole roster as the bureau reads it, once the read model holds every event. */
    private static JsonNode roster(Api bureau, JdbcTemplate jdbc) {
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Api.Reply roster = bureau.get("/api/v1/roster?limit=500&minPosition=" + head);
        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.json().get("items")).isNotEmpty();
        return roster.json().get("items");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(EmbeddedPostgresServer database, String name, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        URI url = URI.create(database.jdbcUrl(name).substring("jdbc:".length()));
        builder.environment().put("PGHOST", url.getHost());
        builder.environment().put("PGPORT", String.valueOf(url.getPort()));
        builder.environment().put("PGUSER", database.username());
        builder.environment().put("PGDATABASE", name);
        // the verifier from this build's classes (the jar is packaged after the tests)
        builder.environment().put("SHOUHU_VERIFY", ProcessHandle.current().info().command().orElse("java")
                + " -cp " + System.getProperty("java.class.path") + " " + ShouhuApplication.class.getName() + " verify");
        // the output to a file, not a pipe: a long output cannot block the script
        Path output = Files.createTempFile("shouhu-script", ".out");
        builder.redirectOutput(output.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        }
        boolean ended = process.waitFor(SCRIPT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertThat(ended).as("the script ended: " + text).isTrue();
        return new Result(process.exitValue(), text);
    }

    private static javax.sql.DataSource dataSource(EmbeddedPostgresServer database, String name) {
        org.springframework.jdbc.datasource.DriverManagerDataSource dataSource =
                new org.springframework.jdbc.datasource.DriverManagerDataSource(database.jdbcUrl(name), database.username(), "");
        return dataSource;
    }

}
