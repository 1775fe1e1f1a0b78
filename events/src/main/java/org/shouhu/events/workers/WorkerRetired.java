package org.shouhu.events.workers;

import org.shouhu.events.common.WorkerId;

import java.time.LocalDate;

/** The worker left the workforce; children in their care need another responsible worker. */
public record WorkerRetired(WorkerId workerId, LocalDate retiredOn) {
}
