package org.shouhu.events.visits;

/** What a visitor saw that points to risk for the child. */
public enum RiskIndicator {
    NO_ADULT_CARE,
    GUARDIAN_UNABLE_TO_CARE,
    SIGNS_OF_NEGLECT,
    SIGNS_OF_ABUSE,
    OUT_OF_SCHOOL,
    HEALTH_PROBLEM,
    PSYCHOLOGICAL_DISTRESS,
    UNSAFE_HOUSING,
    AT_RISK_OF_OFFENDING,
    OTHER
}
