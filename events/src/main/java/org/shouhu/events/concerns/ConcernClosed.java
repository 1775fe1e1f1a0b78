package org.shouhu.events.concerns;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;

import java.time.LocalDate;

/** A concern was triaged as needing no intervention; why is in the metadata (sealed, like every reason). */
public record ConcernClosed(ChildId childId, ConcernId concernId, LocalDate closedOn) {
}
