package org.shouhu.events.approvals;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.guardianship.Guardian;

import java.time.LocalDate;

/** A director asked to pass guardianship to someone who is not a relative; it waits for the supervisor's approval. */
public record GuardianshipTransferRequested(ChildId childId, ApprovalId approvalId, Guardian guardian,
                                            LocalDate effectiveOn) {
}
