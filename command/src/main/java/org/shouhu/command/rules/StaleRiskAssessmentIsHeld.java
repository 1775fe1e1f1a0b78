package org.shouhu.command.rules;

import org.shouhu.events.child.RiskLevel;

/**
 * A risk level captured offline against a version of the child after which the level was
 * assessed again is not applied: it would silently overwrite an assessment its author never
 * saw. It is held as a conflict for a person to resolve, and the level in force stays.
 * <p>
 * An entry captured against an older version whose risk level has not changed since (only
 * visits and the like were added) is applied as usual, as is one without a captured version
 * (a live write), and one that agrees with the level in force: there is nothing to decide.
 */
public final class StaleRiskAssessmentIsHeld {

    private StaleRiskAssessmentIsHeld() {
    }

    /**
     * @param capturedAgainstVersion the child's version the device saw; null for a live write
     * @param riskAssessedAt         the sequence number of the last risk assessment applied; null when none was
     * @param proposed               the level the entry assesses
     * @param current                the level in force
     * @return whether the assessment is held as a conflict instead of applied
     */
    public static boolean applies(Long capturedAgainstVersion, Long riskAssessedAt, RiskLevel proposed,
                                  RiskLevel current) {
        return capturedAgainstVersion != null && riskAssessedAt != null && riskAssessedAt > capturedAgainstVersion
                && proposed != current;
    }
}
