package org.shouhu.ops.integrity;

import org.shouhu.ops.time.Repeating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Verifies the whole record every {@code shouhu.integrity.verify-interval}, so that an altered
 * event is found (and alerted on, through the metrics) without waiting for an inspector to ask.
 */
public class PeriodicVerification extends Repeating {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicVerification.class);

    private final IntegrityVerifier verifier;

    public PeriodicVerification(IntegrityVerifier verifier, Duration interval) {
        super("verification", interval, interval);
        this.verifier = verifier;
    }

    @Override
    protected void runOnce() {
        Verification result = verifier.verify();
        if (result.intact()) {
            LOG.info("Record verified intact: {} events, {} checkpoints", result.eventsChecked(),
                    result.checkpointsChecked());
        } else {
            LOG.error("Record verification found the record BROKEN; see GET /api/v1/integrity/verification");
        }
    }
}
