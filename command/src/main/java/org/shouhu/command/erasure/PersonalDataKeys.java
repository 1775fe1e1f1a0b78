package org.shouhu.command.erasure;

import org.shouhu.events.common.ChildId;

/**
 * The keys that a child's personal data is encrypted under. Destroying one is erasure: it
 * happens in the transaction that records the erasure, so there is never the one without
 * the other.
 */
public interface PersonalDataKeys {

    void destroy(ChildId childId);
}
