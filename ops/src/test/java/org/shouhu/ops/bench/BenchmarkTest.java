package org.shouhu.ops.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's small variant, in the default test run: the {@code district} dataset, 10 s per
 * load step. It fails when a ratio to its baseline falls below half its target, so that a
 * regression is caught; its figures are written to {@code target/benchmarks/} (the full run and
 * its figures: docs/benchmarks.md).
 */
class BenchmarkTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @Test
    void the_district_benchmark_keeps_every_ratio_above_half_its_target() throws Exception {
        BenchResults results = new BenchResults();
        BenchDataset dataset = BenchDataset.named("district", 42);
        results.context("dataset", dataset.describe());
        new Benchmark(dataset, STEP, dataDir, results).run();
        results.write(Path.of("target", "benchmarks"), "district-ci");
        System.out.println(results.markdown());
        assertThat(results.rows()).as("figures").hasSizeGreaterThan(15);
        assertThat(results.belowHalfTheirTarget()).as("ratios below half their target").isEmpty();
    }
}
