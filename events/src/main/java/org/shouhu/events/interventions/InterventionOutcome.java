package org.shouhu.events.interventions;

public enum InterventionOutcome {
    GOAL_MET,
    PARTLY_MET,
    NOT_MET,
    CHILD_LEFT,
    OTHER
}
