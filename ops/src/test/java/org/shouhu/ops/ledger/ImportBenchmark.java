package org.shouhu.ops.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The import of a large ledger (100,000 rows by default) with the heap limited to 512 MB: not
 * part of the test run (its name is no test's), run on purpose with the command in
 * docs/benchmarks/import.md, which it rewrites with the figures of the machine it ran on.
 * Application, embedded PostgreSQL and client run on the same machine, the client in the
 * application's JVM, so the heap limit holds for both.
 */
class ImportBenchmark {

    private static final long HEAP_LIMIT = 512L * 1024 * 1024;
    private static final String COMMAND = "mvn -B -q -DskipTests install && mvn -B -pl ops test -Dtest=ImportBenchmark"
            + " -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m -Dbenchmark.rows=100000";

    @TempDir
    Path files;

    @Test
    void a_large_ledger_imports_in_flat_memory() throws IOException {
        int rows = Integer.getInteger("benchmark.rows", 100_000);
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -DargLine=-Xmx512m").isLessThanOrEqualTo(HEAP_LIMIT);
        Path ledger = GeneratedLedger.generate(rows, 42L, 0, null).writeXlsx(files.resolve("ledger.xlsx"));
        byte[] content = Files.readAllBytes(ledger);
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ShouhuApplication.class)
                .profiles("test").run("--server.port=0", "--shouhu.imports.max-file-size=200MB")) {
            Api bureau = new Api(((WebServerApplicationContext) application).getWebServer().getPort(), "bureau");
            sampler.scheduleAtFixedRate(() -> {
                peakHeap.accumulateAndGet(heapUsed(), Math::max);
                peakLive.accumulateAndGet(heapAfterCollection(), Math::max);
            }, 0, 200, TimeUnit.MILLISECONDS);
            Instant start = Instant.now();
            Api.Reply started = bureau.upload("/api/v1/imports", "ledger.xlsx", content);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String job = started.header("Location");
            await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> !bureau.get(job).json().get("status").asText().equals("RUNNING"));
            Duration took = Duration.between(start, Instant.now());
            JsonNode done = bureau.get(job).json();
            assertThat(done.get("status").asText()).isEqualTo("DONE");
            assertThat(done.get("created").asInt()).isEqualTo(rows);
            write(rows, content.length, took, peakHeap.get(), peakLive.get());
        } finally {
            sampler.shutdownNow();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getUsage).mapToLong(usage -> usage.getUsed()).sum();
    }

    /** What the heap held after its last collection: the live data, not the garbage awaiting collection. */
    private static long heapAfterCollection() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage).filter(java.util.Objects::nonNull)
                .mapToLong(usage -> usage.getUsed()).sum();
    }

    private static void write(int rows, long bytes, Duration took, long peakHeap, long peakLive) throws IOException {
        double seconds = took.toMillis() / 1000.0;
        String figures = """
                # Import of a %,d-row ledger

                Measured on %s: %d cores, %,d MB of memory, Java %s, heap limited to %,d MB
                (`-Xmx512m`); application, embedded PostgreSQL and client on the same machine.

                    %s

                | | |
                | --- | --- |
                | rows | %,d (all good: every row a new child with guardian) |
                | file | %,.1f MB .xlsx |
                | from upload to job done | %,.1f s |
                | rate | **%,.0f rows/s** |
                | peak heap in use, garbage included (sampled every 200 ms) | %,d MB |
                | peak heap after a collection (what was live) | %,d MB |

                The import records rows in batches of `shouhu.imports.rows-per-transaction` (50) per
                transaction, one batch after the other, each row through the API's commands (registration
                with guardian: encryption, hash chain and resident-ID claim included). The file is read
                twice as a stream (a check, then the import). The read models (roster, history,
                workforce) catch up at the same time on the same cores: the rate is that of the
                whole application, not of the import alone.
                """.formatted(rows, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                totalMemoryMegabytes(), System.getProperty("java.version"), HEAP_LIMIT / 1024 / 1024, COMMAND, rows,
                bytes / 1024.0 / 1024.0, seconds, rows / seconds, peakHeap / 1024 / 1024, peakLive / 1024 / 1024);
        Path docs = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("benchmarks");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("import.md"), figures);
        System.out.println(figures);
    }

    private static long totalMemoryMegabytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / 1024 / 1024;
    }
}
