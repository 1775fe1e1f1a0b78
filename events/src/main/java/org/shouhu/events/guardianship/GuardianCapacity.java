package org.shouhu.events.guardianship;

/** Whether the guardian is able to care for the child (监护能力). */
public enum GuardianCapacity {
    ADEQUATE,
    LIMITED,
    INCAPABLE
}
