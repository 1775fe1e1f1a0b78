package org.shouhu.query.quality;

/** What may be wrong with an open case's record, as the data-quality report counts it. */
public enum Flaw {
    /** no guardian on record */
    MISSING_GUARDIAN,
    /** no responsible worker, or one no longer active */
    MISSING_WORKER,
    /** no resident ID (only records from before registration required one) */
    MISSING_RESIDENT_ID,
    /** no visit within shouhu.data-quality.visit-within-days */
    NO_RECENT_VISIT,
    /** the child turned 18 and the case is still open */
    OF_AGE_STILL_OPEN,
    /** a left-behind child whose father and mother are both recorded as at home: one of the two is wrong */
    LEFT_BEHIND_PARENTS_AT_HOME,
    /** the record has not changed within shouhu.data-quality.unchanged-after-days */
    NOT_KEPT_UP
}
