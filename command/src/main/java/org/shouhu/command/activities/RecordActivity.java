package org.shouhu.command.activities;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.activities.ActivityId;
import org.shouhu.events.activities.ActivityType;
import org.shouhu.events.activities.Organiser;
import org.shouhu.events.common.Area;

import java.time.LocalDate;

public record RecordActivity(@TargetAggregateIdentifier ActivityId activityId, ActivityType type, LocalDate heldOn,
                             Area area, Organiser organiser, Integer participants, Integer materialsDistributed) {
}
