package org.shouhu.events.conflicts;

import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;

/**
 * A risk level assessed against an outdated version of the child was not applied, but held for
 * a person to resolve: the level had been changed since the version the device saw
 * ({@code capturedAgainstVersion}), and one assessment must not silently overwrite another.
 * The level in force stays {@code currentLevel} until the conflict is resolved; who proposed
 * the level, why, and when the device captured it are in the metadata.
 */
public record StaleRiskAssessmentHeld(ChildId childId, ConflictId conflictId, RiskLevel proposedLevel,
                                      RiskLevel currentLevel, long capturedAgainstVersion) {
}
