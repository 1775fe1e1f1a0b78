package org.shouhu.ops.time;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A job this node runs again and again, on its own daemon thread, while the application runs:
 * first after {@code initialDelay}, then {@code interval} after each run ends. A zero interval
 * switches it off. A failed run is logged by its type only (no data) and the next run tries again.
 */
public abstract class Repeating implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Repeating.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    protected Repeating(String name, Duration initialDelay, Duration interval) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
    }

    protected abstract void runOnce();

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("{} failed ({}); trying again in {}", name, e.getClass().getSimpleName(), interval);
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
