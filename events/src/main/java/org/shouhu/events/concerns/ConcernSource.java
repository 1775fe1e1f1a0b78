package org.shouhu.events.concerns;

/** Who brought the concern to the bureau's attention. */
public enum ConcernSource {
    VISIT,
    SCHOOL,
    NEIGHBOUR,
    GUARDIAN,
    CHILD,
    POLICE,
    HOSPITAL,
    HOTLINE,
    OTHER
}
