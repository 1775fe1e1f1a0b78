package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

/** Keep this record as the child's one record, the other merged into it. */
public record MergeChildRecord(@TargetAggregateIdentifier ChildId childId, ChildId mergedChildId, Reason reason) {
}
