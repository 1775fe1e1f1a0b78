package org.shouhu.events.workers;

import org.shouhu.events.common.Area;
import org.shouhu.events.common.WorkerId;

import java.time.LocalDate;

/** The worker now serves another area. */
public record WorkerAreaChanged(WorkerId workerId, Area area, Area previousArea, LocalDate effectiveOn) {
}
