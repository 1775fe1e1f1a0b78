package org.shouhu.command.child;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ResidentId;

/**
 * Set validation across all children: one resident ID, one child. Implementations claim the
 * ID in the transaction that appends the registration, so that a refused registration
 * leaves no claim behind and two concurrent ones cannot both succeed.
 */
public interface ResidentIdRegistry {

    /** @throws org.shouhu.command.rules.RuleViolation {@code resident-id.unique} when another child holds it */
    void claim(ResidentId residentId, ChildId childId);

    /** The child's data was erased: its resident ID is no longer known here, and may be registered again. */
    void release(ChildId childId);
}
