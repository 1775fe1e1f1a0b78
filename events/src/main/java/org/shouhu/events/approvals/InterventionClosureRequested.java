package org.shouhu.events.approvals;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.interventions.InterventionOutcome;

import java.time.LocalDate;

/** A director asked to close an intervention of a child at high or critical risk; it waits for the supervisor. */
public record InterventionClosureRequested(ChildId childId, ApprovalId approvalId, InterventionId interventionId,
                                           LocalDate closedOn, InterventionOutcome outcome, Notes note) {
}
