package org.shouhu.command.corrections;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.Reason;

/** Correct one field of an earlier event of the same child. */
public record CorrectEntry(@TargetAggregateIdentifier ChildId childId, EventId eventId, String field,
                           String correctedValue, Reason reason) {
}
