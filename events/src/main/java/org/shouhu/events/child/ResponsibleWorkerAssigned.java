package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.WorkerId;

/** A worker became responsible for the child; the previous one (if any) no longer is. */
public record ResponsibleWorkerAssigned(ChildId childId, WorkerId workerId, WorkerId previousWorkerId) {
}
