package org.shouhu.command.guardianship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.guardianship.Guardian;

import java.time.LocalDate;

/** Assign the first guardian, or transfer guardianship from the current one. */
public record ChangeGuardianship(@TargetAggregateIdentifier ChildId childId, Guardian guardian, LocalDate effectiveOn,
                                 Reason reason) {
}
