package org.shouhu.ops.bench;

import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.support.Api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application under measurement, in a process of its own (as it runs in production), on
 * the benchmark's database, with a 1 GB heap: its start-up time and its peak resident memory
 * ({@code VmHWM}) are its own, not the load generator's.
 */
final class AppProcess implements AutoCloseable {

    static final String HEAP = "-Xmx1g";
    private static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();

    private final Process process;
    private final int port;
    private final Path log;
    final Duration startUp;

    private AppProcess(Process process, int port, Path log, Duration startUp) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startUp = startUp;
    }

    static AppProcess start(EmbeddedPostgresServer database, String name, Duration timeout) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("shouhu-bench-app", ".log");
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
                "--spring.datasource.username=" + database.username(),
                "--shouhu.integrity.checkpoint-interval=0", "--shouhu.integrity.verify-interval=0",
                "--logging.level.root=WARN"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, log, null);
        Api api = app.api("bureau");
        long deadline = started + timeout.toNanos();
        while (!ready(api)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                app.close();
                throw new IllegalStateException("the application did not get ready; its log: " + log);
            }
            sleep(Duration.ofMillis(100));
        }
        return new AppProcess(process, port, log, Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean ready(Api api) {
        try {
            return api.anonymous().get("/actuator/health/readiness").status() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    Api api(String account) {
        return new Api(port, account);
    }

    /** The peak resident memory of the process so far, in bytes (Linux: VmHWM of /proc/pid/status). */
    long peakResidentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for the application process");
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

    static void sleep(Duration duration) {
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
