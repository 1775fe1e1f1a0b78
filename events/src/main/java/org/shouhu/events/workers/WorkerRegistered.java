package org.shouhu.events.workers;

import org.shouhu.events.common.Area;
import org.shouhu.events.common.WorkerId;

import java.time.LocalDate;

/** A member of the care workforce took up duty in an area. */
public record WorkerRegistered(WorkerId workerId, WorkerName name, WorkerRole role, Area area, WorkPhone phone,
                               LocalDate registeredOn) {
}
