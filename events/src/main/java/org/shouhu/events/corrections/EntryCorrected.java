package org.shouhu.events.corrections;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.EventId;

/**
 * A field of an earlier event of the same child was wrong. The earlier event stays as it
 * was recorded; readers apply the corrected value on top of it. The reason is in the
 * event's metadata, as for every change.
 */
public record EntryCorrected(ChildId childId, EventId correctedEventId, String correctedEventType, String field, String correctedValue) {
}
