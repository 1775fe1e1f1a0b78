package org.shouhu.events.approvals;

import org.shouhu.events.common.ChildId;

/** The supervisor rejected a requested change (the reason is in the metadata): nothing of it applies. */
public record ChangeRejected(ChildId childId, ApprovalId approvalId) {
}
