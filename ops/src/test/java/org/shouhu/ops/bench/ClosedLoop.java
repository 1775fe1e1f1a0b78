package org.shouhu.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: each of N clients sends its next request when the last one is answered,
 * for a fixed time. Every answer must be the expected one (a failed answer fails the step: a
 * fast error is no throughput). Gives requests per second and the latency percentiles, counted
 * after a warm-up of half the measured time (at most {@link #MOST_WARM_UP}) whose requests are not
 * counted: the JIT compiles the hot paths and the pools fill during it.
 */
final class ClosedLoop {

    /** One request of one client; returns true when the answer is the expected one. */
    interface Request {
        boolean send(int client, long iteration) throws Exception;
    }

    record Figures(int clients, double seconds, long requests, double perSecond, double p50Millis, double p99Millis) {
    }

    static final Duration MOST_WARM_UP = Duration.ofSeconds(15);

    static Figures run(int clients, Duration duration, Request request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        Duration warmUp = duration.dividedBy(2).compareTo(MOST_WARM_UP) < 0 ? duration.dividedBy(2) : MOST_WARM_UP;
        long measuredFrom = System.nanoTime() + warmUp.toNanos();
        long end = measuredFrom + duration.toNanos();
        for (int client = 0; client < clients; client++) {
            int id = client;
            results.add(threads.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                for (long iteration = 0; System.nanoTime() < end; iteration++) {
                    long sent = System.nanoTime();
                    if (!request.send(id, iteration)) {
                        failures.incrementAndGet();
                    }
                    if (sent < measuredFrom) {
                        continue;
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - sent;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        threads.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests got an unexpected answer");
        }
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(clients, seconds, latencies.length, latencies.length / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
