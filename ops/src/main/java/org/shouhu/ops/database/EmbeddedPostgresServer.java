package org.shouhu.ops.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 15 server run from zonky's binaries, with its data directory kept where the
 * configuration says, so that a restart finds every record again.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: PostgreSQL refuses to run as root, and
 * the machines Shouhu is installed and tested on often run everything as root. When this
 * process is root, the server runs inside a new user namespace ({@code unshare --user}),
 * where it is an unprivileged user that still owns the data directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path binaries;
    private final Path dataDir;
    private final int port;
    private final boolean ephemeral;

    private EmbeddedPostgresServer(Path binaries, Path dataDir, int port, boolean ephemeral) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path binaries = PostgresBinaries.unpack(properties.binariesDir().toAbsolutePath());
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        int port = properties.port() == 0 ? freePort() : properties.port();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, dataDir, port, properties.ephemeral());
        server.initialiseIfNew();
        server.stopLeftoverServer();
        server.startServer();
        server.createDatabase(properties.database());
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    private void initialiseIfNew() {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        run("initdb", "-A", "trust", "-U", SUPERUSER, "-D", dataDir.toString(), "-E", "UTF8", "--no-locale");
        LOG.info("Initialised a new PostgreSQL cluster in {}", dataDir);
    }

    /** A previous run killed without shutting down leaves its server holding the data directory. */
    private void stopLeftoverServer() {
        if (Files.exists(dataDir.resolve("postmaster.pid")) && runQuietly("pg_ctl", "-D", dataDir.toString(), "status") == 0) {
            LOG.warn("A PostgreSQL server from an earlier run still holds {}; stopping it", dataDir);
            stopServer();
        }
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''"
                + " -c fsync=on -c synchronous_commit=on";
        run("pg_ctl", "-D", dataDir.toString(), "-o", options, "-l", dataDir.resolve("server.log").toString(),
                "-w", "-t", "60", "start");
        LOG.info("Embedded PostgreSQL is listening on localhost:{}", port);
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             ResultSet exists = connection.createStatement()
                     .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
            if (!exists.next()) {
                connection.createStatement().execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database, e);
        }
    }

    @Override
    public void close() {
        stopServer();
        if (ephemeral) {
            try {
                PostgresBinaries.deleteRecursively(dataDir);
            } catch (IOException e) {
                LOG.warn("Could not delete the ephemeral data directory {}", dataDir, e);
            }
        }
    }

    private void stopServer() {
        run("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop");
        LOG.info("Embedded PostgreSQL stopped");
    }

    private void run(String program, String... args) {
        Result result = execute(program, args);
        if (result.exit() != 0) {
            throw new IllegalStateException(program + " failed with exit code " + result.exit() + ": "
                    + result.output().strip() + " (server log: " + dataDir.resolve("server.log") + ")");
        }
    }

    private int runQuietly(String program, String... args) {
        return execute(program, args).exit();
    }

    private Result execute(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            // PostgreSQL refuses root; in a fresh user namespace we are "nobody" yet still own our files.
            command.addAll(List.of("unshare", "--user", "--"));
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(args));
        try {
            java.io.File output = java.io.File.createTempFile("shouhu-" + program, ".out");
            try {
                // To a file, not a pipe: pg_ctl start leaves a server behind that must not hold our pipe open.
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output).start();
                if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(program + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
                }
                String text = Files.readString(output.toPath(), StandardCharsets.UTF_8);
                LOG.debug("{}: {}", program, text);
                return new Result(process.exitValue(), text);
            } finally {
                Files.deleteIfExists(output.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }

    private record Result(int exit, String output) {
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
        }
    }
}
