package org.shouhu.command.child;

import org.shouhu.events.common.ResidentId;

/**
 * A keyed one-way digest of a resident ID: what the uniqueness check compares, so that the
 * write model holds no resident ID in plain text and a copy of the table cannot be matched
 * against a list of ID numbers without the key.
 */
public interface ResidentIdDigest {

    /** @return 64 lowercase hex characters */
    String of(ResidentId residentId);
}
