package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.WorkerId;

public record AssignResponsibleWorker(@TargetAggregateIdentifier ChildId childId, WorkerId workerId, Reason reason) {
}
