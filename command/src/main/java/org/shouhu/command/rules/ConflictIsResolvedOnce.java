package org.shouhu.command.rules;

import org.shouhu.events.conflicts.ConflictId;

import java.util.Map;
import java.util.Set;

/**
 * A held conflict must exist on this child to be resolved, and is resolved once: its decision
 * is part of the record, and a second one would leave a reader unsure which counts.
 */
public final class ConflictIsResolvedOnce {

    private ConflictIsResolvedOnce() {
    }

    /**
     * @param open     what each open conflict holds, by id; resolved ones are absent
     * @param resolved the conflicts already resolved
     * @return what the conflict holds
     */
    public static <T> T check(Map<ConflictId, T> open, Set<ConflictId> resolved, ConflictId conflictId) {
        Required.field(conflictId, "conflictId");
        if (resolved.contains(conflictId)) {
            throw new RuleViolation("conflict.already-resolved", "conflictId", "the conflict is already resolved");
        }
        T held = open.get(conflictId);
        if (held == null) {
            throw new RuleViolation("conflict.unknown", "conflictId", "this child has no conflict with this id");
        }
        return held;
    }
}
