package org.shouhu.command.workers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.workers.WorkPhone;
import org.shouhu.events.workers.WorkerName;
import org.shouhu.events.workers.WorkerRole;

import java.time.LocalDate;

public record RegisterWorker(@TargetAggregateIdentifier WorkerId workerId, WorkerName name, WorkerRole role, Area area,
                             WorkPhone phone, LocalDate registeredOn) {
}
