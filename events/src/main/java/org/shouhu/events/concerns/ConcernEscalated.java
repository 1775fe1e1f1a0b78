package org.shouhu.events.concerns;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Township;

import java.time.Instant;

/**
 * A concern was still untriaged at its deadline: it now waits on the supervisor of the child's
 * township. Recorded by the system itself (actor {@code system}), when the deadline fell due.
 */
public record ConcernEscalated(ChildId childId, ConcernId concernId, ConcernSeverity severity, Township township,
                               Instant triageBy) {
}
