package org.shouhu.events.concerns;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** Someone reported a worry about the child. */
public record ConcernRaised(ChildId childId, ConcernId concernId, LocalDate occurredOn, ConcernSource source, Notes description) {
}
