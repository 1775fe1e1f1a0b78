package org.shouhu.events.approvals;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/** A director asked to close the case; it stays open until the township supervisor approves. */
public record CaseClosureRequested(ChildId childId, ApprovalId approvalId, LocalDate effectiveOn) {
}
