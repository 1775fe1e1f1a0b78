package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;

import java.time.LocalDate;

/** The child moved to another village of the district. */
public record ChangeResidence(@TargetAggregateIdentifier ChildId childId, Township township, Village village,
                              LocalDate effectiveOn, Reason reason) {
}
