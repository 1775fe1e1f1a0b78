package org.shouhu.ops.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** What the hostile run sent and got: requests by status class, and events stored by refused requests. */
final class HostileTally {

    /** Status classes 1xx to 5xx, by their first digit. */
    private static final int CLASSES = 6;
    private static final int PAYLOAD_TOO_LARGE = 413;

    private final AtomicLongArray byClass = new AtomicLongArray(CLASSES);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong eventsStoredByRefused = new AtomicLong();
    private final AtomicLong notReadyReports = new AtomicLong();
    private final long started = System.nanoTime();

    /** @param notReady a health probe's 503 while a read model was being rebuilt, counted on its own */
    void answered(int status, long eventsStored, boolean notReady) {
        sent.incrementAndGet();
        if (notReady) {
            notReadyReports.incrementAndGet();
        } else {
            byClass.incrementAndGet(status / 100);
        }
        if (status == PAYLOAD_TOO_LARGE) {
            tooLarge.incrementAndGet();
        }
        if (status >= 400) {
            eventsStoredByRefused.addAndGet(eventsStored);
        }
    }

    /** The run's figures, printed and kept with the other scenarios' ({@link Figures}). */
    void print() {
        Figures.print("hostile input", java.util.Map.of("requests sent", sent.get(),
                "seconds", Duration.ofNanos(System.nanoTime() - started).toSeconds(), "2xx", byClass.get(2),
                "3xx", byClass.get(3), "4xx", byClass.get(4), "413", tooLarge.get(), "5xx", byClass.get(5),
                "health 503 during a rebuild", notReadyReports.get(),
                "events stored by refused requests", eventsStoredByRefused.get()));
    }
}
