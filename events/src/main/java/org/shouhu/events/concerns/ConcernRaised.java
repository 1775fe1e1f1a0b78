package org.shouhu.events.concerns;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone reported a worry about the child. It must be triaged (answered by an intervention or
 * closed with a reason) by {@code triageBy}, or it is escalated. Concerns recorded before
 * severities existed have neither a severity nor a deadline.
 */
public record ConcernRaised(ChildId childId, ConcernId concernId, LocalDate occurredOn, ConcernSource source,
                            Notes description, ConcernSeverity severity, Instant triageBy) {
}
