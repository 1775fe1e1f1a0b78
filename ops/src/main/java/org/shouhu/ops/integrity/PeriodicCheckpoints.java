package org.shouhu.ops.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Appends a checkpoint every {@code shouhu.integrity.checkpoint-interval} when events were added meanwhile. */
public class PeriodicCheckpoints implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicCheckpoints.class);

    private final Checkpoints checkpoints;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public PeriodicCheckpoints(Checkpoints checkpoints, Duration interval) {
        this.checkpoints = checkpoints;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::appendOne, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void appendOne() {
        try {
            checkpoints.append();
        } catch (RuntimeException e) {
            // the next run tries again; the failure's type and place only, no data
            log.warn("Checkpoint not appended ({}); retrying in {}", e.getClass().getSimpleName(), interval);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
