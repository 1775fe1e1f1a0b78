package org.shouhu.events.conflicts;

import org.shouhu.events.common.ChildId;

/**
 * A person decided a held conflict; the reason is in the metadata. When the held level is
 * applied, a {@code RiskLevelAssessed} follows in the same transaction.
 */
public record ConflictResolved(ChildId childId, ConflictId conflictId, ConflictResolution resolution) {
}
