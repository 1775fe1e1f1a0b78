package org.shouhu.ops.integrity;

import org.shouhu.ops.time.Repeating;

import java.time.Duration;

/** Appends a checkpoint every {@code shouhu.integrity.checkpoint-interval} when events were added meanwhile. */
public class PeriodicCheckpoints extends Repeating {

    private final Checkpoints checkpoints;

    public PeriodicCheckpoints(Checkpoints checkpoints, Duration interval) {
        super("checkpoints", interval, interval);
        this.checkpoints = checkpoints;
    }

    @Override
    protected void runOnce() {
        checkpoints.append();
    }
}
