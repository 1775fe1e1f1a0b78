package org.shouhu.command.rules;

/**
 * A held risk level is applied only over the level it was held against. Once the risk was
 * assessed again after the conflict was held (by a person, or by applying another conflict's
 * level), applying the held one would overwrite an assessment nobody compared it with: the
 * silent overwrite conflicts exist to prevent. It can still be resolved by keeping the level in
 * force; a person who thinks the held level right assesses the risk again, seeing both.
 */
public final class SupersededConflictIsNotApplied {

    private SupersededConflictIsNotApplied() {
    }

    /**
     * @param heldAt         the sequence number at which the conflict was held
     * @param riskAssessedAt the sequence number of the last risk assessment applied; null when none was
     */
    public static void check(long heldAt, Long riskAssessedAt) {
        if (riskAssessedAt != null && riskAssessedAt > heldAt) {
            throw new RuleViolation("conflict.superseded", "resolution", "the risk level was assessed again after this"
                    + " conflict was held: the held level can no longer be applied; keep the level in force, or assess"
                    + " the risk again");
        }
    }
}
