package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

/** Close this record as a second record of the child kept under {@code survivorId}. */
public record CloseAsMerged(@TargetAggregateIdentifier ChildId childId, ChildId survivorId, Reason reason) {
}
