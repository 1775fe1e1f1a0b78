package org.shouhu.command.child;

import org.shouhu.events.child.RiskLevel;

/**
 * What an open conflict holds: the level captured against an outdated record, and the sequence
 * number at which it was held (an assessment after it supersedes it).
 */
record HeldRiskLevel(RiskLevel level, long heldAt) {
}
