package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

public record AssessRiskLevel(@TargetAggregateIdentifier ChildId childId, RiskLevel level, Reason reason) {
}
