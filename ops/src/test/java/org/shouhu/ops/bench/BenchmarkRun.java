package org.shouhu.ops.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full benchmark, run by {@code ops/bench/run.sh} (docs/benchmarks.md), never in the default
 * test run (the ops module's surefire configuration leaves it out). Writes
 * {@code docs/benchmarks/<dataset>.json} and {@code .md}. System properties:
 * {@code shouhu.bench.dataset} ({@code province}), {@code shouhu.bench.seconds} per load step
 * (60), {@code shouhu.bench.seed} (42), {@code shouhu.bench.children} (all; fewer for a quick look).
 */
class BenchmarkRun {

    @Test
    void run() throws Exception {
        String name = System.getProperty("shouhu.bench.dataset", "province");
        BenchDataset dataset = BenchDataset.named(name, Long.getLong("shouhu.bench.seed", 42));
        Integer children = Integer.getInteger("shouhu.bench.children");
        if (children != null) {
            dataset = dataset.first(children);
        }
        Duration step = Duration.ofSeconds(Long.getLong("shouhu.bench.seconds", 60));
        BenchResults results = new BenchResults();
        results.context("started", Instant.now().toString());
        results.context("dataset", dataset.describe());
        results.context("seconds per load step", step.toSeconds());
        results.context("machine", BenchMachine.describe());
        results.context("command", System.getProperty("shouhu.bench.command", "ops/bench/run.sh " + name));
        Path data = Files.createTempDirectory("shouhu-bench");
        new Benchmark(dataset, step, data, results).run();
        Path out = Path.of(System.getProperty("shouhu.bench.out", "../docs/benchmarks"));
        results.write(out, name + (children == null ? "" : "-" + children));
        System.out.println(results.markdown());
        assertThat(results.rows()).isNotEmpty();
    }
}
