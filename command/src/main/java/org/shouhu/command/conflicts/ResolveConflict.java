package org.shouhu.command.conflicts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;

public record ResolveConflict(@TargetAggregateIdentifier ChildId childId, ConflictId conflictId,
                              ConflictResolution resolution, Reason reason) {
}
