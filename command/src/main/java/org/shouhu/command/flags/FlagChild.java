package org.shouhu.command.flags;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.flags.FlagId;

public record FlagChild(@TargetAggregateIdentifier ChildId childId, FlagId flagId, Notes message) {
}
