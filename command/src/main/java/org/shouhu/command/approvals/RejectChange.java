package org.shouhu.command.approvals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.approvals.ApprovalId;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

public record RejectChange(@TargetAggregateIdentifier ChildId childId, ApprovalId approvalId, Reason reason) {
}
