package org.shouhu.query.history;

import org.shouhu.events.attachments.AttachmentAdded;
import org.shouhu.events.approvals.CaseClosureRequested;
import org.shouhu.events.approvals.ChangeApproved;
import org.shouhu.events.approvals.ChangeRejected;
import org.shouhu.events.approvals.GuardianshipTransferRequested;
import org.shouhu.events.approvals.InterventionClosureRequested;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.CaseReopened;
import org.shouhu.events.child.CategoryChanged;
import org.shouhu.events.child.ChildDataErased;
import org.shouhu.events.child.ChildRecordClosedAsMerged;
import org.shouhu.events.child.ChildRecordMerged;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.events.child.ResidenceChanged;
import org.shouhu.events.child.ResponsibleWorkerAssigned;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.concerns.ConcernClosed;
import org.shouhu.events.concerns.ConcernEscalated;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.flags.ChildFlagged;
import org.shouhu.events.flags.FlagRemoved;
import org.shouhu.events.growth.GrowthRecorded;
import org.shouhu.events.guardianship.GuardianAssigned;
import org.shouhu.events.guardianship.GuardianshipTransferred;
import org.shouhu.events.interventions.InterventionClosed;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionPlanned;
import org.shouhu.events.interventions.InterventionProgressNoted;
import org.shouhu.events.interventions.InterventionReviewed;
import org.shouhu.events.referrals.ReferralAccepted;
import org.shouhu.events.referrals.ReferralCompleted;
import org.shouhu.events.referrals.ReferralDeclined;
import org.shouhu.events.referrals.ReferralMade;
import org.shouhu.events.visits.VisitRecorded;

import java.time.LocalDate;

/**
 * What the history shows for each kind of event: the date the fact happened in the world
 * (as the user gave it) and a one-line summary without personal data, so a supervisor can
 * scan a child's story and a log or export of summaries leaks no names.
 */
final class HistoryEntries {

    private HistoryEntries() {
    }

    /** The date of the fact, or null when the event has none of its own (then: the day it was recorded). */
    static LocalDate occurredOn(Object event) {
        if (event instanceof ChildRegistered e) {
            return e.registeredOn();
        } else if (event instanceof GuardianAssigned e) {
            return e.effectiveOn();
        } else if (event instanceof GuardianshipTransferred e) {
            return e.effectiveOn();
        } else if (event instanceof ResidenceChanged e) {
            return e.effectiveOn();
        } else if (event instanceof VisitRecorded e) {
            return e.occurredOn();
        } else if (event instanceof ConcernRaised e) {
            return e.occurredOn();
        } else if (event instanceof ConcernClosed e) {
            return e.closedOn();
        } else if (event instanceof InterventionOpened e) {
            return e.openedOn();
        } else if (event instanceof InterventionProgressNoted e) {
            return e.occurredOn();
        } else if (event instanceof InterventionClosed e) {
            return e.closedOn();
        } else if (event instanceof CaseClosed e) {
            return e.effectiveOn();
        } else if (event instanceof ChildRecordClosedAsMerged e) {
            return e.closedOn();
        } else if (event instanceof CaseReopened e) {
            return e.effectiveOn();
        } else if (event instanceof ChildDataErased e) {
            return e.erasedOn();
        } else if (event instanceof CaseClosureRequested e) {
            return e.effectiveOn();
        } else if (event instanceof GuardianshipTransferRequested e) {
            return e.effectiveOn();
        } else if (event instanceof InterventionClosureRequested e) {
            return e.closedOn();
        } else if (event instanceof GrowthRecorded e) {
            return e.occurredOn();
        } else if (event instanceof InterventionReviewed e) {
            return e.reviewedOn();
        } else if (event instanceof ReferralMade e) {
            return e.madeOn();
        } else if (event instanceof ReferralAccepted e) {
            return e.acceptedOn();
        } else if (event instanceof ReferralDeclined e) {
            return e.declinedOn();
        } else if (event instanceof ReferralCompleted e) {
            return e.completedOn();
        }
        return null;
    }

    static String summary(Object event) {
        if (event instanceof ChildRegistered e) {
            return "Child registered (" + e.primaryCategory() + ")";
        } else if (event instanceof GuardianAssigned e) {
            return "Guardian assigned (" + e.guardian().relation() + ")";
        } else if (event instanceof GuardianshipTransferred e) {
            return "Guardianship transferred from " + e.previousGuardian().relation() + " to " + e.guardian().relation();
        } else if (event instanceof ResidenceChanged) {
            return "Residence changed";
        } else if (event instanceof CategoryChanged e) {
            return "Category changed to " + e.primaryCategory();
        } else if (event instanceof ResponsibleWorkerAssigned e) {
            return "Responsible worker assigned (" + e.workerId().value() + ")";
        } else if (event instanceof RiskLevelAssessed e) {
            return "Risk level assessed " + e.level() + (e.previousLevel() == null ? "" : " (was " + e.previousLevel() + ")");
        } else if (event instanceof StaleRiskAssessmentHeld e) {
            return "Risk level " + e.proposedLevel() + " assessed on an outdated record (risk was changed since version "
                    + e.capturedAgainstVersion() + "): held as a conflict, " + e.currentLevel() + " stays in force";
        } else if (event instanceof ConflictResolved e) {
            return "Conflict resolved: " + (e.resolution() == ConflictResolution.PROPOSED_APPLIED
                    ? "the held level applied" : "the level in force kept");
        } else if (event instanceof VisitRecorded e) {
            return "Visit recorded (" + e.kind() + ", child " + (e.childSeen() ? "seen" : "not seen")
                    + (e.riskIndicators().isEmpty() ? "" : ", " + e.riskIndicators().size() + " risk indicator(s)") + ")";
        } else if (event instanceof ConcernRaised e) {
            return "Concern raised (source " + e.source()
                    + (e.severity() == null ? "" : ", severity " + e.severity() + ", triage by " + e.triageBy()) + ")";
        } else if (event instanceof ConcernClosed) {
            return "Concern closed at triage: no intervention needed";
        } else if (event instanceof ConcernEscalated e) {
            return "Concern not triaged by " + e.triageBy() + ": escalated to the supervisor of " + e.township().value();
        } else if (event instanceof InterventionOpened e) {
            return "Intervention opened (" + e.type() + ")";
        } else if (event instanceof InterventionProgressNoted) {
            return "Intervention progress noted";
        } else if (event instanceof InterventionClosed e) {
            return "Intervention closed (" + e.outcome() + ")";
        } else if (event instanceof CaseClosed) {
            return "Case closed";
        } else if (event instanceof CaseReopened) {
            return "Case reopened";
        } else if (event instanceof ChildDataErased) {
            return "Personal data erased";
        } else if (event instanceof CaseClosureRequested) {
            return "Case closure requested, waiting for the supervisor's approval";
        } else if (event instanceof GuardianshipTransferRequested e) {
            return "Guardianship transfer to " + e.guardian().relation() + " requested, waiting for approval";
        } else if (event instanceof InterventionClosureRequested e) {
            return "Intervention closure (" + e.outcome() + ") requested, waiting for approval";
        } else if (event instanceof ChangeApproved) {
            return "Requested change approved";
        } else if (event instanceof ChangeRejected) {
            return "Requested change rejected";
        } else if (event instanceof InterventionPlanned e) {
            return "Intervention planned, next review " + e.nextReviewOn();
        } else if (event instanceof InterventionReviewed e) {
            return "Intervention reviewed, next review " + e.nextReviewOn();
        } else if (event instanceof ChildFlagged) {
            return "Flag raised";
        } else if (event instanceof FlagRemoved) {
            return "Flag removed";
        } else if (event instanceof GrowthRecorded e) {
            return "Growth record entry (" + e.kind() + ")";
        } else if (event instanceof ReferralMade) {
            return "Referred to a partner organisation";
        } else if (event instanceof ReferralAccepted) {
            return "Referral accepted";
        } else if (event instanceof ReferralDeclined) {
            return "Referral declined";
        } else if (event instanceof ReferralCompleted) {
            return "Referral completed";
        } else if (event instanceof ChildRecordMerged e) {
            return "Record " + e.mergedChildId() + " of the same child merged into this one";
        } else if (event instanceof ChildRecordClosedAsMerged e) {
            return "Closed as a second record of the child, merged into " + e.survivorId();
        } else if (event instanceof AttachmentAdded e) {
            return "File attached (" + e.kind() + ", " + e.mediaType() + ", " + e.size() + " bytes, SHA-256 "
                    + e.sha256() + ")";
        } else if (event instanceof EntryCorrected e) {
            return "Correction of " + e.field() + " on " + e.correctedEventType();
        }
        return event.getClass().getSimpleName();
    }
}
