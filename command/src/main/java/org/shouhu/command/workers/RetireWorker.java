package org.shouhu.command.workers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.WorkerId;

import java.time.LocalDate;

public record RetireWorker(@TargetAggregateIdentifier WorkerId workerId, LocalDate retiredOn, Reason reason) {
}
