package org.shouhu.events.child;

/** Where one parent is, as far as the child's care is concerned. */
public enum ParentStatus {
    AT_HOME,
    MIGRANT_WORKER_IN_PROVINCE,
    MIGRANT_WORKER_OUT_OF_PROVINCE,
    INCARCERATED,
    DECEASED,
    MISSING,
    UNKNOWN
}
