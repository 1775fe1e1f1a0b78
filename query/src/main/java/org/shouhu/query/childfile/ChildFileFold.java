package org.shouhu.query.childfile;

import org.axonframework.eventhandling.DomainEventMessage;
import org.shouhu.events.attachments.AttachmentAdded;
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
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.concerns.ConcernClosed;
import org.shouhu.events.concerns.ConcernEscalated;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.flags.ChildFlagged;
import org.shouhu.events.flags.FlagRemoved;
import org.shouhu.events.growth.GrowthRecorded;
import org.shouhu.events.guardianship.Guardian;
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
import org.shouhu.query.projections.EventMetaData;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one fold from a child's events to its file. The roster projection and the as-of view
 * both use it, so "the state now" and "the state then" can never disagree about what an
 * event means.
 */
public final class ChildFileFold {

    private ChildFileFold() {
    }

    /** @param file the file before the event; null before the first */
    public static ChildFile apply(ChildFile file, DomainEventMessage<?> message) {
        ChildFile next = file == null ? new ChildFile() : file;
        String eventId = message.getIdentifier();
        Object payload = message.getPayload();
        if (payload instanceof ChildRegistered e) {
            next.childId = e.childId().toString();
            next.name = text(e.name());
            next.sex = e.sex().name();
            next.dateOfBirth = e.dateOfBirth();
            next.residentId = text(e.residentId());
            next.township = e.township().value();
            next.village = e.village().value();
            next.primaryCategory = e.primaryCategory().name();
            next.tags = new TreeSet<>(e.tags().stream().map(Enum::name).toList());
            next.parents = new ChildFile.Parents(e.parents().father().name(), e.parents().mother().name());
            next.registeredOn = e.registeredOn();
            next.trail.setBy.put(eventId, "registration");
        } else if (payload instanceof GuardianAssigned e) {
            guardian(next, e.guardian(), e.effectiveOn(), eventId);
        } else if (payload instanceof GuardianshipTransferred e) {
            guardian(next, e.guardian(), e.effectiveOn(), eventId);
        } else if (payload instanceof ResidenceChanged e) {
            next.township = e.township().value();
            next.village = e.village().value();
        } else if (payload instanceof CategoryChanged e) {
            next.primaryCategory = e.primaryCategory().name();
            next.tags = new TreeSet<>(e.tags().stream().map(Enum::name).toList());
        } else if (payload instanceof ResponsibleWorkerAssigned e) {
            next.responsibleWorker = e.workerId().value();
        } else if (payload instanceof RiskLevelAssessed e) {
            next.riskLevel = e.level().name();
            next.trail.riskAssessment = current(e.level().name(), message);
            next.conflicts.stream().filter(conflict -> "OPEN".equals(conflict.status))
                    .forEach(conflict -> conflict.superseded = true);
        } else if (payload instanceof StaleRiskAssessmentHeld e) {
            next.conflicts.add(held(next, e, message));
        } else if (payload instanceof ConflictResolved e) {
            ChildFile.Conflict conflict = conflict(next, e.conflictId().toString());
            conflict.status = "RESOLVED";
            conflict.resolution = e.resolution().name();
            conflict.resolvedBy = EventMetaData.text(message, "actorId");
            conflict.resolvedAt = message.getTimestamp();
        } else if (payload instanceof VisitRecorded e) {
            next.visits++;
            next.trail.visitDates.put(eventId, e.occurredOn());
            next.trail.setBy.put(eventId, "visit");
            next.lastVisitOn = lastVisit(next);
        } else if (payload instanceof ConcernRaised e) {
            ChildFile.Concern concern = new ChildFile.Concern();
            concern.concernId = e.concernId().toString();
            concern.occurredOn = e.occurredOn();
            concern.source = e.source().name();
            concern.description = text(e.description());
            concern.severity = e.severity() == null ? null : e.severity().name();
            concern.triageBy = e.triageBy();
            next.concerns.add(concern);
            next.trail.setBy.put(eventId, "concern:" + concern.concernId);
        } else if (payload instanceof InterventionOpened e) {
            ChildFile.Intervention intervention = new ChildFile.Intervention();
            intervention.interventionId = e.interventionId().toString();
            intervention.type = e.type().name();
            intervention.goal = text(e.goal());
            intervention.openedOn = e.openedOn();
            intervention.concernId = e.concernId() == null ? null : e.concernId().toString();
            if (intervention.concernId != null) {
                concern(next, intervention.concernId).status = "ANSWERED";
            }
            next.interventions.add(intervention);
            next.trail.setBy.put(eventId, "opened:" + intervention.interventionId);
        } else if (payload instanceof InterventionPlanned e) {
            ChildFile.Intervention intervention = intervention(next, e.interventionId().toString());
            intervention.planGoals = text(e.goals());
            intervention.nextReviewOn = e.nextReviewOn();
        } else if (payload instanceof InterventionReviewed e) {
            ChildFile.Intervention intervention = intervention(next, e.interventionId().toString());
            intervention.reviews++;
            intervention.nextReviewOn = e.nextReviewOn();
        } else if (payload instanceof InterventionProgressNoted e) {
            intervention(next, e.interventionId().toString()).progressNotes++;
        } else if (payload instanceof InterventionClosed e) {
            ChildFile.Intervention intervention = intervention(next, e.interventionId().toString());
            intervention.status = "CLOSED";
            intervention.closedOn = e.closedOn();
            intervention.outcome = e.outcome().name();
            intervention.closingNote = text(e.note());
            next.trail.setBy.put(eventId, "closed:" + intervention.interventionId);
        } else if (payload instanceof ConcernClosed e) {
            ChildFile.Concern concern = concern(next, e.concernId().toString());
            concern.status = "CLOSED";
            concern.closedOn = e.closedOn();
        } else if (payload instanceof ConcernEscalated e) {
            concern(next, e.concernId().toString()).escalatedAt = message.getTimestamp();
        } else if (payload instanceof CaseClosed e) {
            next.status = "CLOSED";
            next.closedOn = e.effectiveOn();
        } else if (payload instanceof CaseReopened) {
            next.status = "OPEN";
            next.closedOn = null;
        } else if (payload instanceof EntryCorrected e) {
            Corrections.apply(next, e);
        } else if (payload instanceof ChildFlagged e) {
            ChildFile.Flag flag = new ChildFile.Flag();
            flag.flagId = e.flagId().toString();
            flag.message = text(e.message());
            flag.flaggedAt = message.getTimestamp();
            next.flags.add(flag);
        } else if (payload instanceof FlagRemoved e) {
            next.flags.removeIf(flag -> flag.flagId.equals(e.flagId().toString()));
        } else if (payload instanceof GrowthRecorded) {
            next.growthEntries++;
        } else if (payload instanceof ReferralMade e) {
            ChildFile.Referral referral = new ChildFile.Referral();
            referral.referralId = e.referralId().toString();
            referral.partnerId = e.partnerId().toString();
            referral.madeOn = e.madeOn();
            next.referrals.add(referral);
        } else if (payload instanceof ReferralAccepted e) {
            answered(next, e.referralId().toString(), "ACCEPTED", e.acceptedOn());
        } else if (payload instanceof ReferralDeclined e) {
            answered(next, e.referralId().toString(), "DECLINED", e.declinedOn());
        } else if (payload instanceof ReferralCompleted e) {
            ChildFile.Referral referral = referral(next, e.referralId().toString());
            referral.status = "COMPLETED";
            referral.completedOn = e.completedOn();
        } else if (payload instanceof ChildRecordMerged e) {
            next.mergedRecords.add(e.mergedChildId().toString());
        } else if (payload instanceof ChildRecordClosedAsMerged e) {
            next.status = "MERGED";
            next.closedOn = e.closedOn();
            next.mergedInto = e.survivorId().toString();
        } else if (payload instanceof AttachmentAdded e) {
            next.attachments.add(attachment(e, message.getTimestamp()));
        } else if (payload instanceof ChildDataErased e) {
            erase(next, e.erasedOn());
        }
        // any other event is not shown on the file; the version still moves on
        next.version = message.getSequenceNumber();
        next.lastChangedAt = message.getTimestamp();
        return next;
    }

    /** Who set a risk level, when and why: the metadata of the event that set it. */
    private static ChildFile.Current current(String level, DomainEventMessage<?> message) {
        ChildFile.Current current = new ChildFile.Current();
        current.level = level;
        current.actorId = EventMetaData.text(message, "actorId");
        current.at = message.getTimestamp();
        current.reason = EventMetaData.text(message, "reason");
        return current;
    }

    /**
     * Both sides of the conflict as they stood when it was held: the held level from this
     * event and its metadata, the level in force from the event itself and, for who set it and
     * why, from the trail (copied: a later assessment must not change what this conflict showed).
     */
    private static ChildFile.Conflict held(ChildFile file, StaleRiskAssessmentHeld e, DomainEventMessage<?> message) {
        ChildFile.Conflict conflict = new ChildFile.Conflict();
        conflict.conflictId = e.conflictId().toString();
        conflict.heldAt = message.getTimestamp();
        ChildFile.Proposed proposed = new ChildFile.Proposed();
        proposed.level = e.proposedLevel().name();
        proposed.actorId = EventMetaData.text(message, "actorId");
        proposed.actorRole = EventMetaData.text(message, "actorRole");
        proposed.reason = EventMetaData.text(message, "reason");
        proposed.capturedAt = EventMetaData.capturedAt(message);
        proposed.capturedAgainstVersion = e.capturedAgainstVersion();
        conflict.proposed = proposed;
        String currentLevel = e.currentLevel() == null ? null : e.currentLevel().name();
        ChildFile.Current setBy = file.trail.riskAssessment;
        ChildFile.Current current = new ChildFile.Current();
        current.level = currentLevel;
        if (setBy != null && Objects.equals(setBy.level, currentLevel)) {
            current.actorId = setBy.actorId;
            current.at = setBy.at;
            current.reason = setBy.reason;
        }
        conflict.current = current;
        return conflict;
    }

    private static ChildFile.Attachment attachment(AttachmentAdded e, java.time.Instant addedAt) {
        ChildFile.Attachment attachment = new ChildFile.Attachment();
        attachment.attachmentId = e.attachmentId().toString();
        attachment.kind = e.kind().name();
        attachment.name = e.name() == null ? null : e.name().value();
        attachment.mediaType = e.mediaType();
        attachment.size = e.size();
        attachment.sha256 = e.sha256();
        attachment.subjectId = Stream.of(e.visitId(), e.concernId(), e.interventionId()).filter(Objects::nonNull)
                .map(Object::toString).findFirst().orElse(null);
        attachment.addedAt = addedAt;
        return attachment;
    }

    /**
     * What erasure leaves of the file: the same as folding the events again once their
     * personal data no longer opens, so that the file now and a replay from zero agree.
     */
    private static void erase(ChildFile file, LocalDate erasedOn) {
        file.erased = true;
        file.erasedOn = erasedOn;
        file.name = null;
        file.residentId = null;
        file.attachments.forEach(attachment -> attachment.name = null);
        if (file.guardian != null) {
            file.guardian.name = null;
            file.guardian.phone = null;
        }
        file.concerns.forEach(concern -> concern.description = null);
        file.flags.forEach(flag -> flag.message = null);
        // reasons are free text sealed with the child's key: gone with it, on both sides of every conflict
        file.conflicts.forEach(conflict -> {
            if (conflict.proposed != null) {
                conflict.proposed.reason = null;
            }
            if (conflict.current != null) {
                conflict.current.reason = null;
            }
        });
        if (file.trail.riskAssessment != null) {
            file.trail.riskAssessment.reason = null;
        }
        file.interventions.forEach(intervention -> {
            intervention.goal = null;
            intervention.closingNote = null;
            intervention.planGoals = null;
        });
    }

    // Personal data reads as null once the child's key is destroyed: every access allows for that.

    private static String text(PersonName value) {
        return value == null ? null : value.value();
    }

    private static String text(ResidentId value) {
        return value == null ? null : value.value();
    }

    private static String text(PhoneNumber value) {
        return value == null ? null : value.value();
    }

    private static String text(Notes value) {
        return value == null ? null : value.value();
    }

    private static void guardian(ChildFile file, Guardian guardian, LocalDate since, String eventId) {
        ChildFile.Guardian view = new ChildFile.Guardian();
        view.name = text(guardian.name());
        view.relation = guardian.relation().name();
        view.phone = text(guardian.phone());
        view.capacity = guardian.capacity() == null ? null : guardian.capacity().name();
        view.since = since;
        file.guardian = view;
        file.trail.guardianEvent = eventId;
        file.trail.setBy.put(eventId, "guardian");
    }

    static LocalDate lastVisit(ChildFile file) {
        return file.trail.visitDates.values().stream().filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static void answered(ChildFile file, String referralId, String status, LocalDate on) {
        ChildFile.Referral referral = referral(file, referralId);
        referral.status = status;
        referral.answeredOn = on;
    }

    static ChildFile.Referral referral(ChildFile file, String referralId) {
        return file.referrals.stream().filter(r -> r.referralId.equals(referralId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an event names a referral never made"));
    }

    static ChildFile.Intervention intervention(ChildFile file, String interventionId) {
        return file.interventions.stream().filter(i -> i.interventionId.equals(interventionId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an event names an intervention never opened"));
    }

    static ChildFile.Conflict conflict(ChildFile file, String conflictId) {
        return file.conflicts.stream().filter(c -> c.conflictId.equals(conflictId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an event names a conflict never held"));
    }

    static ChildFile.Concern concern(ChildFile file, String concernId) {
        return file.concerns.stream().filter(c -> c.concernId.equals(concernId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("an event names a concern never raised"));
    }
}
