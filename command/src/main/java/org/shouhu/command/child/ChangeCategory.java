package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

import java.util.Set;

public record ChangeCategory(@TargetAggregateIdentifier ChildId childId, ChildCategory primaryCategory,
                             Set<ChildCategory> tags, Reason reason) {
}
