package org.shouhu.events.flags;

import org.shouhu.events.common.ChildId;

/** A flag was taken off the record; the reason is in the metadata. */
public record FlagRemoved(ChildId childId, FlagId flagId) {
}
