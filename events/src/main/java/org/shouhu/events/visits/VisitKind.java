package org.shouhu.events.visits;

public enum VisitKind {
    HOME,
    SCHOOL,
    PHONE,
    OTHER
}
