package org.shouhu.command.rules;

import org.shouhu.events.child.RiskLevel;
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
     * @param open     the open conflicts' proposed levels by id; resolved ones are absent
     * @param resolved the conflicts already resolved
     * @return the level the conflict holds
     */
    public static RiskLevel check(Map<ConflictId, RiskLevel> open, Set<ConflictId> resolved, ConflictId conflictId) {
        Required.field(conflictId, "conflictId");
        if (resolved.contains(conflictId)) {
            throw new RuleViolation("conflict.already-resolved", "conflictId", "the conflict is already resolved");
        }
        RiskLevel proposed = open.get(conflictId);
        if (proposed == null) {
            throw new RuleViolation("conflict.unknown", "conflictId", "this child has no conflict with this id");
        }
        return proposed;
    }
}
