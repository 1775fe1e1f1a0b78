package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

/** The child's risk level was assessed. */
public record RiskLevelAssessed(ChildId childId, RiskLevel level, RiskLevel previousLevel) {
}
