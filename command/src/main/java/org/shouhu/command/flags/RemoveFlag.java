package org.shouhu.command.flags;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.flags.FlagId;

public record RemoveFlag(@TargetAggregateIdentifier ChildId childId, FlagId flagId, Reason reason) {
}
