package org.shouhu.events.conflicts;

/** How a held conflict was decided. */
public enum ConflictResolution {
    /** The level held from the outdated entry now applies. */
    PROPOSED_APPLIED,
    /** The level in force when the conflict was held stays; the held one is set aside (still in the history). */
    CURRENT_KEPT
}
