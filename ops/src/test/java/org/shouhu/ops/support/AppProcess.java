package org.shouhu.ops.support;

import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.database.EmbeddedPostgresServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The application in a process of its own (as it runs in production), on a database the test
 * started, with a 1 GB heap: its start-up time and its peak resident memory ({@code VmHWM}) are
 * its own, not the load generator's, and it can be killed outright (SIGKILL) like a real one.
 */
public final class AppProcess implements AutoCloseable {

    public static final String HEAP = "-Xmx1g";
    private static final int LOG_TAIL_LINES = 200;
    private static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();

    private final Process process;
    private final int port;
    private final Path log;
    public final Duration startUp;

    private AppProcess(Process process, int port, Path log, Duration startUp) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startUp = startUp;
    }

    /** Starts the application (test profile) on the named database and waits until it is ready. */
    public static AppProcess start(EmbeddedPostgresServer database, String name, Duration timeout, String... options)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), HEAP));
        // extra JVM options for the application, e.g. a flight recording while looking for a cause;
        // {start} becomes this start's number, so that each start writes its own file
        String jvmOptions = System.getProperty("shouhu.bench.app-jvm", "").replace("{start}",
                String.valueOf(STARTS.incrementAndGet()));
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShouhuApplication.class.getName(),
                "--spring.profiles.active=test", "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(name),
                "--spring.datasource.username=" + database.username(), "--logging.level.root=WARN"));
        command.addAll(List.of(options));
        return launch(command, port, api -> api.anonymous().get("/actuator/health/readiness").status() == 200,
                timeout);
    }

    /**
     * The write benchmark's usual way ({@code usual-way} module, built before this one): the same
     * aggregate on Axon's default storage, in a process of its own with the same heap, on a
     * database of its own. Ready when it answers an authenticated request.
     */
    public static AppProcess usualWay(EmbeddedPostgresServer database, String name, Duration timeout) throws IOException {
        Path jar = Path.of("..", "usual-way", "target", "usual-way.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build the project first (mvn install)");
        }
        int port = freePort();
        // XStream, Axon's default serializer, reads and writes private fields of the JDK's own
        // collections (List.of): on Java 17 the usual way needs java.util opened to it
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), HEAP,
                "--add-opens", "java.base/java.util=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.time=ALL-UNNAMED", "-jar", jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + database.jdbcUrl(name),
                "--spring.datasource.username=" + database.username());
        return launch(command, port, api -> api.post("/bench/events", "[]").status() == 200, timeout);
    }

    private static AppProcess launch(List<String> command, int port, Predicate<Api> answers, Duration timeout)
            throws IOException {
        Path log = Files.createTempFile("shouhu-bench-app", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, log, null);
        Api api = app.api("bureau");
        long deadline = started + timeout.toNanos();
        while (!ready(api, answers)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String tail = app.logTail();
                app.close();
                throw new IllegalStateException("the application did not get ready; the end of its log:\n" + tail);
            }
            sleep(Duration.ofMillis(100));
        }
        return new AppProcess(process, port, log, Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean ready(Api api, Predicate<Api> answers) {
        try {
            return answers.test(api);
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** The last lines the process logged, to tell why it failed (the log file goes when the process does). */
    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    public int port() {
        return port;
    }

    public Api api(String account) {
        return new Api(port, account);
    }

    /** The peak resident memory of the process so far, in bytes (Linux: VmHWM of /proc/pid/status). */
    public long peakResidentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for the application process");
    }

    /** Kills the process outright, as a power cut or the kernel's OOM killer would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
