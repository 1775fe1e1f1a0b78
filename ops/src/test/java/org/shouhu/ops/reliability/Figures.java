package org.shouhu.ops.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** What the hostile run sent and got: requests by status class, and events stored by refused requests. */
final class Figures {

    /** Status classes 1xx to 5xx, by their first digit. */
    private static final int CLASSES = 6;
    private static final int PAYLOAD_TOO_LARGE = 413;

    private final AtomicLongArray byClass = new AtomicLongArray(CLASSES);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong eventsStoredByRefused = new AtomicLong();
    private final long started = System.nanoTime();

    void answered(int status, long eventsStored) {
        sent.incrementAndGet();
        byClass.incrementAndGet(status / 100);
        if (status == PAYLOAD_TOO_LARGE) {
            tooLarge.incrementAndGet();
        }
        if (status >= 400) {
            eventsStoredByRefused.addAndGet(eventsStored);
        }
    }

    long sent() {
        return sent.get();
    }

    long eventsStoredByRefused() {
        return eventsStoredByRefused.get();
    }

    /** The one line a run prints, for the record of how it went. */
    String line() {
        return String.format("hostile input: %d requests sent in %d s; 2xx %d, 3xx %d, 4xx %d (413: %d), 5xx %d;"
                        + " events stored by refused requests: %d", sent.get(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), byClass.get(2), byClass.get(3),
                byClass.get(4), tooLarge.get(), byClass.get(5), eventsStoredByRefused.get());
    }
}
