package org.shouhu.events.approvals;

import org.shouhu.events.common.ChildId;

/** The supervisor approved a requested change (the reason is in the metadata); the change follows as its own event. */
public record ChangeApproved(ChildId childId, ApprovalId approvalId) {
}
