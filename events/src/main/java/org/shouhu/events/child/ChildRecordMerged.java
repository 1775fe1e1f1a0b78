package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

/** Another record of the same child was merged into this one, the survivor; the other stays, closed as merged. */
public record ChildRecordMerged(ChildId childId, ChildId mergedChildId) {
}
