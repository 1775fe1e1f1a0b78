package org.shouhu.events.activities;

import org.shouhu.events.common.Area;

import java.time.LocalDate;

/** A group activity took place: how many children took part and how many materials were handed out. */
public record CareActivityRecorded(ActivityId activityId, ActivityType type, LocalDate heldOn, Area area,
                                   Organiser organiser, int participants, int materialsDistributed) {
}
