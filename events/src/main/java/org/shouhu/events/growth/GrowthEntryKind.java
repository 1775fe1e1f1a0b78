package org.shouhu.events.growth;

/** What a growth-record (成长档案) entry is about. */
public enum GrowthEntryKind {
    SCHOOL_PROGRESS,
    HEALTH,
    ACHIEVEMENT,
    OTHER
}
