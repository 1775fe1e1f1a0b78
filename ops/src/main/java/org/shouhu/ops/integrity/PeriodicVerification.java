package org.shouhu.ops.integrity;

import org.shouhu.ops.time.Repeating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Verifies the whole record once every {@code shouhu.integrity.verify-interval}, so that an
 * altered event is found (and alerted on, through the metrics) without waiting for an inspector
 * to ask. The due date counts from the newest verification by any node (the verification log),
 * so a restarted node does not verify again at once, and one that is never up a whole interval
 * still does its share: each node looks whether one is due a minute after it starts, then every
 * {@link #LOOK_EVERY} at the most. Two nodes may now and then both verify; that is only work.
 */
public class PeriodicVerification extends Repeating {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicVerification.class);
    private static final Duration FIRST_LOOK = Duration.ofMinutes(1);
    private static final Duration LOOK_EVERY = Duration.ofHours(1);

    private final IntegrityVerifier verifier;
    private final VerificationLog log;
    private final Duration interval;
    private final Clock clock;

    public PeriodicVerification(IntegrityVerifier verifier, VerificationLog log, Duration interval, Clock clock) {
        super("verification", FIRST_LOOK, interval.isZero() ? interval : min(interval, LOOK_EVERY));
        this.verifier = verifier;
        this.log = log;
        this.interval = interval;
        this.clock = clock;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    protected void runOnce() {
        boolean due = log.latest().map(last -> last.finishedAt().plus(interval).isBefore(clock.instant())).orElse(true);
        if (!due) {
            return;
        }
        Verification result = verifier.verify();
        if (result.intact()) {
            LOG.info("Record verified intact: {} events, {} checkpoints", result.eventsChecked(),
                    result.checkpointsChecked());
        } else {
            LOG.error("Record verification found the record BROKEN; see GET /api/v1/integrity/verification");
        }
    }
}
