package org.shouhu.events.flags;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;

/** A worker put a warning on the child's record, e.g. "do not contact the father" (sealed like every note). */
public record ChildFlagged(ChildId childId, FlagId flagId, Notes message) {
}
