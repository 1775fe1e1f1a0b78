package org.shouhu.command.child;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.shouhu.command.approvals.ApproveChange;
import org.shouhu.command.attachments.AddAttachment;
import org.shouhu.command.attachments.AttachmentStore;
import org.shouhu.command.approvals.RejectChange;
import org.shouhu.command.concerns.CloseConcern;
import org.shouhu.command.concerns.ConcernProperties;
import org.shouhu.command.concerns.RaiseConcern;
import org.shouhu.command.conflicts.ResolveConflict;
import org.shouhu.command.corrections.CorrectEntry;
import org.shouhu.command.erasure.EraseChildData;
import org.shouhu.command.erasure.PersonalDataKeys;
import org.shouhu.command.flags.FlagChild;
import org.shouhu.command.flags.RemoveFlag;
import org.shouhu.command.growth.RecordGrowth;
import org.shouhu.command.guardianship.ChangeGuardianship;
import org.shouhu.command.interventions.CloseIntervention;
import org.shouhu.command.interventions.NoteInterventionProgress;
import org.shouhu.command.interventions.OpenIntervention;
import org.shouhu.command.interventions.PlanIntervention;
import org.shouhu.command.interventions.ReviewIntervention;
import org.shouhu.command.rules.ActorAreaCoversTheChild;
import org.shouhu.command.rules.MergeKeepsOneRecord;
import org.shouhu.command.rules.AttachmentSubjectIsOnRecord;
import org.shouhu.command.rules.ConcernIsTriagedOnce;
import org.shouhu.command.rules.ConflictIsResolvedOnce;
import org.shouhu.command.rules.CorrectedValueFitsTheField;
import org.shouhu.command.rules.CorrectionNamesAnEventOfThisChild;
import org.shouhu.command.rules.DatesNeitherInFutureNorBeforeBirth;
import org.shouhu.command.rules.FlagMustBeRaised;
import org.shouhu.command.rules.InterventionClosesOnce;
import org.shouhu.command.rules.NextReviewIsAhead;
import org.shouhu.command.rules.NothingButReopeningOnAClosedCase;
import org.shouhu.command.rules.NothingOnAnErasedRecord;
import org.shouhu.command.rules.OnlyAClosedCaseIsErased;
import org.shouhu.command.rules.OneGuardianAtATime;
import org.shouhu.command.rules.ReasonIsGiven;
import org.shouhu.command.rules.ReferralGoesToAKnownPartner;
import org.shouhu.command.rules.ReferralStepsInOrder;
import org.shouhu.command.rules.Required;
import org.shouhu.command.rules.ResidentIdAgreesWithDateOfBirth;
import org.shouhu.command.rules.ResponsibleWorkerServesTheChild;
import org.shouhu.command.rules.StaleRiskAssessmentIsHeld;
import org.shouhu.command.rules.SupersededConflictIsNotApplied;
import org.shouhu.command.rules.SupervisorApprovesWeightyChanges;
import org.shouhu.command.rules.UntriagedConcernEscalatesOnce;
import org.shouhu.command.workers.WorkerRegister;
import org.shouhu.command.partners.PartnerRegister;
import org.shouhu.command.referrals.AcceptReferral;
import org.shouhu.command.referrals.CompleteReferral;
import org.shouhu.command.referrals.DeclineReferral;
import org.shouhu.command.referrals.MakeReferral;
import org.shouhu.command.visits.RecordVisit;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.approvals.ApprovalId;
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
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.common.Township;
import org.shouhu.events.concerns.ConcernClosed;
import org.shouhu.events.concerns.ConcernEscalated;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.flags.ChildFlagged;
import org.shouhu.events.flags.FlagId;
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
import org.shouhu.events.referrals.ReferralId;
import org.shouhu.events.referrals.ReferralMade;
import org.shouhu.events.visits.VisitRecorded;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One child's case: one event stream. Holds only what its rules need; everything a reader
 * wants to see is in the events and the read models built from them.
 */
@Aggregate(commandTargetResolver = "expectedVersionTargetResolver",
        cache = "childCaseCache", lockFactory = "childCaseLocks")
public class ChildCase {

    @AggregateIdentifier
    private ChildId childId;
    private LocalDate dateOfBirth;
    private String township;
    private String village;
    private boolean closed;
    private boolean erased;
    private LocalDate closedOn;
    private Guardian guardian;
    private LocalDate guardianSince;
    private RiskLevel riskLevel;
    /** The sequence number of the last risk assessment applied: what an entry captured offline is checked against. */
    private Long riskAssessedAt;
    /** Risk levels held from outdated entries, waiting for a person to decide, by conflict. */
    private final Map<ConflictId, HeldRiskLevel> openConflicts = new HashMap<>();
    private final Set<ConflictId> resolvedConflicts = new HashSet<>();
    private WorkerId responsibleWorker;
    private final Map<InterventionId, LocalDate> openInterventions = new HashMap<>();
    private final Set<InterventionId> closedInterventions = new HashSet<>();
    private final ConcernsOfTheChild concerns = new ConcernsOfTheChild();
    private final Map<ReferralId, ReferralStepsInOrder.Step> referrals = new HashMap<>();
    private final Set<FlagId> flags = new HashSet<>();
    private final Set<VisitId> visits = new HashSet<>();
    /** Changes a director asked for that wait for the supervisor's approval, by request. */
    private final Map<ApprovalId, Object> waitingForApproval = new HashMap<>();
    private final Set<ApprovalId> decided = new HashSet<>();
    /** Every event of this stream by id, with its simple type name: what a correction may name. */
    private final Map<EventId, String> eventTypes = new HashMap<>();

    protected ChildCase() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public ChildCase(RegisterChild command, ResidentIdRegistry residentIds, Clock clock,
                     @MetaDataValue(MetaDataKeys.ACTOR_AREA) String actorArea) {
        LocalDate today = LocalDate.now(clock);
        Required.field(command.name(), "name");
        Required.field(command.sex(), "sex");
        Required.field(command.residentId(), "residentId");
        Required.field(command.township(), "township");
        Required.field(command.village(), "village");
        Required.field(command.primaryCategory(), "primaryCategory");
        Required.noNullEntries(command.tags(), "tags");
        ActorAreaCoversTheChild.checkRegistration(actorArea, command.township().value(), command.village().value());
        LocalDate born = DatesNeitherInFutureNorBeforeBirth.check(command.dateOfBirth(), "dateOfBirth", null, today);
        ResidentIdAgreesWithDateOfBirth.check(command.residentId(), born);
        LocalDate guardianFrom = null;
        if (command.guardian() != null) {
            Required.field(command.guardian().name(), "guardian.guardianName");
            Required.field(command.guardian().relation(), "guardian.relation");
            guardianFrom = DatesNeitherInFutureNorBeforeBirth.check(
                    command.guardianEffectiveOn() == null ? today : command.guardianEffectiveOn(),
                    "guardian.effectiveOn", born, today);
        }
        residentIds.claim(command.residentId(), command.childId());
        apply(new ChildRegistered(command.childId(), command.name(), command.sex(), born, command.residentId(),
                command.township(), command.village(), command.primaryCategory(), command.tags(), command.parents(),
                today));
        if (command.guardian() != null) {
            apply(new GuardianAssigned(command.childId(), command.guardian(), guardianFrom));
        }
    }

    /** Every command on an existing child first passes the scope of the actor's area, and finds a record not erased. */
    @CommandHandlerInterceptor
    public Object inScope(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object actorArea = command.getMetaData().get(MetaDataKeys.ACTOR_AREA);
        ActorAreaCoversTheChild.check(actorArea == null ? null : actorArea.toString(), township, village);
        NothingOnAnErasedRecord.check(erased);
        return chain.proceed();
    }

    @CommandHandler
    public void handle(ChangeGuardianship command, Clock clock,
                       @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String actorRole) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.guardian(), "guardian");
        Required.field(command.guardian().name(), "guardianName");
        Required.field(command.guardian().relation(), "relation");
        ReasonIsGiven.check(command.reason());
        LocalDate effectiveOn = dateOf(command.effectiveOn(), "effectiveOn", clock);
        if (guardian != null) {
            OneGuardianAtATime.check(guardianSince, effectiveOn);
        }
        if (SupervisorApprovesWeightyChanges.forGuardianship(actorRole, command.guardian().relation())) {
            SupervisorApprovesWeightyChanges.checkNoneWaiting(waitingForApproval, GuardianshipTransferRequested.class);
            apply(new GuardianshipTransferRequested(childId, ApprovalId.generate(), command.guardian(), effectiveOn));
            return;
        }
        changeGuardian(command.guardian(), effectiveOn);
    }

    private void changeGuardian(Guardian newGuardian, LocalDate effectiveOn) {
        if (guardian == null) {
            apply(new GuardianAssigned(childId, newGuardian, effectiveOn));
        } else {
            apply(new GuardianshipTransferred(childId, guardian, newGuardian, effectiveOn));
        }
    }

    @CommandHandler
    public void handle(ChangeResidence command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.township(), "township");
        Required.field(command.village(), "village");
        LocalDate effectiveOn = dateOf(command.effectiveOn(), "effectiveOn", clock);
        apply(new ResidenceChanged(childId, command.township(), command.village(), effectiveOn));
    }

    @CommandHandler
    public void handle(ChangeCategory command) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.primaryCategory(), "primaryCategory");
        Required.noNullEntries(command.tags(), "tags");
        apply(new CategoryChanged(childId, command.primaryCategory(), command.tags()));
    }

    @CommandHandler
    public void handle(AssignResponsibleWorker command, WorkerRegister workers) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.workerId(), "workerId");
        ResponsibleWorkerServesTheChild.check(workers.find(command.workerId()), township, village);
        workers.assign(childId, command.workerId());
        apply(new ResponsibleWorkerAssigned(childId, command.workerId(), responsibleWorker));
    }

    /**
     * @param capturedAgainstVersion the child's version a device saw when it captured the entry
     *                               offline; null for a live write, which is applied as always
     * @return the id of the conflict when the level was held instead of applied; null when applied
     */
    @CommandHandler
    public ConflictId handle(AssessRiskLevel command,
                             @MetaDataValue(MetaDataKeys.CAPTURED_AGAINST_VERSION) Long capturedAgainstVersion) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.level(), "level");
        if (StaleRiskAssessmentIsHeld.applies(capturedAgainstVersion, riskAssessedAt, command.level(), riskLevel)) {
            ConflictId conflictId = ConflictId.generate();
            apply(new StaleRiskAssessmentHeld(childId, conflictId, command.level(), riskLevel, capturedAgainstVersion));
            return conflictId;
        }
        apply(new RiskLevelAssessed(childId, command.level(), riskLevel));
        return null;
    }

    /**
     * Keeping the level in force changes nothing on the record, so it may close the question
     * on a closed case too; applying the held level is a change of the record like any
     * assessment, refused on a closed case.
     */
    @CommandHandler
    public void handle(ResolveConflict command) {
        Required.field(command.resolution(), "resolution");
        HeldRiskLevel held = ConflictIsResolvedOnce.check(openConflicts, resolvedConflicts, command.conflictId());
        ReasonIsGiven.check(command.reason());
        if (command.resolution() == ConflictResolution.PROPOSED_APPLIED) {
            NothingButReopeningOnAClosedCase.check(closed);
            SupersededConflictIsNotApplied.check(held.heldAt(), riskAssessedAt);
        }
        apply(new ConflictResolved(childId, command.conflictId(), command.resolution()));
        if (command.resolution() == ConflictResolution.PROPOSED_APPLIED) {
            apply(new RiskLevelAssessed(childId, held.level(), riskLevel));
        }
    }

    @CommandHandler
    public void handle(RecordVisit command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.visitId(), "visitId");
        Required.field(command.kind(), "kind");
        Required.field(command.findings(), "findings");
        Required.noNullEntries(command.riskIndicators(), "riskIndicators");
        LocalDate occurredOn = dateOf(command.occurredOn(), "occurredOn", clock);
        apply(new VisitRecorded(childId, command.visitId(), occurredOn, command.kind(), command.childSeen(),
                command.findings(), command.riskIndicators()));
    }

    /**
     * The triage clock starts when the concern is recorded, not on the day it happened: the
     * system cannot escalate what it did not know (a late record shows in the late-entries report).
     * The deadline is not cancelled when the concern is triaged: the rule decides when it falls due.
     */
    @CommandHandler
    public void handle(RaiseConcern command, Clock clock, ConcernProperties triage, DeadlineManager deadlines) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.concernId(), "concernId");
        Required.field(command.source(), "source");
        Required.field(command.description(), "description");
        Required.field(command.severity(), "severity");
        LocalDate occurredOn = dateOf(command.occurredOn(), "occurredOn", clock);
        Instant triageBy = clock.instant().plus(triage.triageWithin(command.severity()));
        apply(new ConcernRaised(childId, command.concernId(), occurredOn, command.source(), command.description(),
                command.severity(), triageBy));
        deadlines.schedule(triageBy, UntriagedConcernEscalatesOnce.DEADLINE, command.concernId());
    }

    @CommandHandler
    public void handle(CloseConcern command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        ConcernIsTriagedOnce.checkClosable(concerns.steps(), command.concernId());
        ReasonIsGiven.check(command.reason());
        LocalDate closedOn = dateOf(command.closedOn() == null ? LocalDate.now(clock) : command.closedOn(), "closedOn",
                clock);
        apply(new ConcernClosed(childId, command.concernId(), closedOn));
    }

    /** The system, not a person, escalates: the event says so, and keeps the concern's correlation. */
    @DeadlineHandler(deadlineName = UntriagedConcernEscalatesOnce.DEADLINE)
    void triageDeadlinePassed(ConcernId concernId, @MessageIdentifier String deadlineId,
                              @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        if (!UntriagedConcernEscalatesOnce.applies(concerns.stepOf(concernId), concerns.escalated(concernId),
                closed || erased)) {
            return;
        }
        ConcernsOfTheChild.Deadline deadline = concerns.deadlineOf(concernId);
        MetaData system = MetaData.with(MetaDataKeys.ACTOR_ID, MetaDataKeys.SYSTEM)
                .and(MetaDataKeys.ACTOR_ROLE, MetaDataKeys.SYSTEM_ROLE)
                .and(MetaDataKeys.CAUSATION_ID, deadlineId);
        apply(new ConcernEscalated(childId, concernId, deadline.severity(), new Township(township),
                deadline.triageBy()), correlationId == null ? system : system.and(MetaDataKeys.CORRELATION_ID,
                correlationId));
    }

    @CommandHandler
    public void handle(OpenIntervention command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.interventionId(), "interventionId");
        Required.field(command.type(), "type");
        Required.field(command.goal(), "goal");
        ConcernIsTriagedOnce.checkAnswerable(concerns.steps(), command.concernId());
        LocalDate openedOn = dateOf(command.openedOn(), "openedOn", clock);
        apply(new InterventionOpened(childId, command.interventionId(), command.type(), command.goal(), openedOn,
                command.concernId()));
    }

    @CommandHandler
    public void handle(NoteInterventionProgress command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        InterventionClosesOnce.checkOpen(openInterventions, closedInterventions, command.interventionId());
        Required.field(command.note(), "note");
        LocalDate occurredOn = dateOf(command.occurredOn(), "occurredOn", clock);
        InterventionClosesOnce.checkNotBeforeOpening(openInterventions.get(command.interventionId()), occurredOn,
                "occurredOn");
        apply(new InterventionProgressNoted(childId, command.interventionId(), occurredOn, command.note()));
    }

    @CommandHandler
    public void handle(PlanIntervention command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        InterventionClosesOnce.checkOpen(openInterventions, closedInterventions, command.interventionId());
        Required.field(command.goals(), "goals");
        NextReviewIsAhead.check(command.nextReviewOn(), LocalDate.now(clock));
        apply(new InterventionPlanned(childId, command.interventionId(), command.goals(), command.nextReviewOn()));
    }

    @CommandHandler
    public void handle(ReviewIntervention command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        InterventionClosesOnce.checkOpen(openInterventions, closedInterventions, command.interventionId());
        Required.field(command.findings(), "findings");
        LocalDate reviewedOn = dateOf(command.reviewedOn(), "reviewedOn", clock);
        InterventionClosesOnce.checkNotBeforeOpening(openInterventions.get(command.interventionId()), reviewedOn,
                "reviewedOn");
        NextReviewIsAhead.check(command.nextReviewOn(), reviewedOn);
        apply(new InterventionReviewed(childId, command.interventionId(), reviewedOn, command.findings(),
                command.nextReviewOn()));
    }

    @CommandHandler
    public void handle(CloseIntervention command, Clock clock,
                       @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String actorRole) {
        NothingButReopeningOnAClosedCase.check(closed);
        InterventionClosesOnce.checkOpen(openInterventions, closedInterventions, command.interventionId());
        Required.field(command.outcome(), "outcome");
        LocalDate closedOn = dateOf(command.closedOn(), "closedOn", clock);
        InterventionClosesOnce.checkNotBeforeOpening(openInterventions.get(command.interventionId()), closedOn,
                "closedOn");
        if (SupervisorApprovesWeightyChanges.forInterventionClosure(actorRole, riskLevel)) {
            apply(new InterventionClosureRequested(childId, ApprovalId.generate(), command.interventionId(), closedOn,
                    command.outcome(), command.note()));
            return;
        }
        apply(new InterventionClosed(childId, command.interventionId(), closedOn, command.outcome(), command.note()));
    }

    @CommandHandler
    public void handle(MakeReferral command, PartnerRegister partners, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.referralId(), "referralId");
        ReferralGoesToAKnownPartner.check(partners, command.partnerId());
        Required.field(command.reason(), "reason");
        apply(new ReferralMade(childId, command.referralId(), command.partnerId(), command.reason(),
                dateOf(command.madeOn(), "madeOn", clock)));
    }

    @CommandHandler
    public void handle(AcceptReferral command, Clock clock) {
        ReferralStepsInOrder.checkAnswer(referrals, command.referralId());
        apply(new ReferralAccepted(childId, command.referralId(), dateOf(command.acceptedOn(), "acceptedOn", clock)));
    }

    @CommandHandler
    public void handle(DeclineReferral command, Clock clock) {
        ReferralStepsInOrder.checkAnswer(referrals, command.referralId());
        Required.field(command.reason(), "reason");
        apply(new ReferralDeclined(childId, command.referralId(), dateOf(command.declinedOn(), "declinedOn", clock),
                command.reason()));
    }

    @CommandHandler
    public void handle(CompleteReferral command, Clock clock) {
        ReferralStepsInOrder.checkCompletion(referrals, command.referralId());
        Required.field(command.result(), "result");
        apply(new ReferralCompleted(childId, command.referralId(), dateOf(command.completedOn(), "completedOn", clock),
                command.result()));
    }

    @CommandHandler
    public void handle(FlagChild command) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.flagId(), "flagId");
        Required.field(command.message(), "message");
        apply(new ChildFlagged(childId, command.flagId(), command.message()));
    }

    @CommandHandler
    public void handle(RemoveFlag command) {
        FlagMustBeRaised.check(flags, command.flagId());
        ReasonIsGiven.check(command.reason());
        apply(new FlagRemoved(childId, command.flagId()));
    }

    @CommandHandler
    public void handle(MergeChildRecord command) {
        NothingButReopeningOnAClosedCase.check(closed);
        MergeKeepsOneRecord.check(childId, command.mergedChildId());
        ReasonIsGiven.check(command.reason());
        apply(new ChildRecordMerged(childId, command.mergedChildId()));
    }

    @CommandHandler
    public void handle(CloseAsMerged command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        MergeKeepsOneRecord.check(childId, command.survivorId());
        ReasonIsGiven.check(command.reason());
        apply(new ChildRecordClosedAsMerged(childId, command.survivorId(), LocalDate.now(clock)));
    }

    /** The file is stored (encrypted) in the transaction of the event that names it and its hash. */
    @CommandHandler
    public void handle(AddAttachment command, AttachmentStore store) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.attachmentId(), "attachmentId");
        Required.field(command.kind(), "kind");
        Required.field(command.name(), "fileName");
        Required.field(command.content(), "file");
        AttachmentSubjectIsOnRecord.check(command.visitId(), visits, command.concernId(), concerns.steps().keySet(),
                command.interventionId(), interventionsOnRecord());
        store.store(childId, command.content());
        apply(new AttachmentAdded(childId, command.attachmentId(), command.kind(), command.name(),
                command.content().mediaType(), command.content().bytes().length, command.content().sha256(),
                command.visitId(), command.concernId(), command.interventionId()));
    }

    private Set<InterventionId> interventionsOnRecord() {
        Set<InterventionId> all = new HashSet<>(openInterventions.keySet());
        all.addAll(closedInterventions);
        return all;
    }

    @CommandHandler
    public void handle(RecordGrowth command, Clock clock) {
        NothingButReopeningOnAClosedCase.check(closed);
        Required.field(command.entryId(), "entryId");
        Required.field(command.kind(), "kind");
        Required.field(command.text(), "text");
        apply(new GrowthRecorded(childId, command.entryId(), command.kind(),
                dateOf(command.occurredOn(), "occurredOn", clock), command.text()));
    }

    @CommandHandler
    public void handle(CloseCase command, Clock clock, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String actorRole) {
        NothingButReopeningOnAClosedCase.check(closed);
        ReasonIsGiven.check(command.reason());
        LocalDate effectiveOn = dateOf(command.effectiveOn(), "effectiveOn", clock);
        if (SupervisorApprovesWeightyChanges.forClosure(actorRole)) {
            SupervisorApprovesWeightyChanges.checkNoneWaiting(waitingForApproval, CaseClosureRequested.class);
            apply(new CaseClosureRequested(childId, ApprovalId.generate(), effectiveOn));
            return;
        }
        apply(new CaseClosed(childId, effectiveOn));
    }

    /** The supervisor's approval applies the change as it was asked for, if the case still allows it. */
    @CommandHandler
    public void handle(ApproveChange command) {
        ReasonIsGiven.check(command.reason());
        Object request = SupervisorApprovesWeightyChanges.waiting(waitingForApproval, decided, command.approvalId());
        NothingButReopeningOnAClosedCase.check(closed);
        if (request instanceof InterventionClosureRequested closure) {
            InterventionClosesOnce.checkOpen(openInterventions, closedInterventions, closure.interventionId());
        } else if (request instanceof GuardianshipTransferRequested transfer && guardian != null) {
            OneGuardianAtATime.check(guardianSince, transfer.effectiveOn());
        }
        apply(new ChangeApproved(childId, command.approvalId()));
        if (request instanceof CaseClosureRequested closure) {
            apply(new CaseClosed(childId, closure.effectiveOn()));
        } else if (request instanceof GuardianshipTransferRequested transfer) {
            changeGuardian(transfer.guardian(), transfer.effectiveOn());
        } else if (request instanceof InterventionClosureRequested closure) {
            apply(new InterventionClosed(childId, closure.interventionId(), closure.closedOn(), closure.outcome(),
                    closure.note()));
        }
    }

    @CommandHandler
    public void handle(RejectChange command) {
        ReasonIsGiven.check(command.reason());
        SupervisorApprovesWeightyChanges.waiting(waitingForApproval, decided, command.approvalId());
        apply(new ChangeRejected(childId, command.approvalId()));
    }

    @CommandHandler
    public void handle(ReopenCase command, Clock clock) {
        ReasonIsGiven.check(command.reason());
        LocalDate effectiveOn = dateOf(command.effectiveOn(), "effectiveOn", clock);
        NothingButReopeningOnAClosedCase.checkReopening(closed, closedOn, effectiveOn);
        apply(new CaseReopened(childId, effectiveOn));
    }

    @CommandHandler
    public void handle(CorrectEntry command, Clock clock) {
        Required.field(command.eventId(), "eventId");
        ReasonIsGiven.check(command.reason());
        String type = CorrectionNamesAnEventOfThisChild.check(eventTypes, command.eventId(), command.field());
        CorrectedValueFitsTheField.check(command.field(), command.correctedValue(), dateOfBirth, LocalDate.now(clock));
        apply(new EntryCorrected(childId, command.eventId(), type, command.field(), command.correctedValue()));
    }

    /**
     * Crypto-shredding: the child's data key is destroyed in the transaction that records the
     * erasure, and the resident-ID claim goes with it.
     */
    @CommandHandler
    public void handle(EraseChildData command, PersonalDataKeys keys, ResidentIdRegistry residentIds, Clock clock) {
        ReasonIsGiven.check(command.reason());
        OnlyAClosedCaseIsErased.check(closed);
        keys.destroy(childId);
        residentIds.release(childId);
        apply(new ChildDataErased(childId, LocalDate.now(clock)));
    }

    private LocalDate dateOf(LocalDate date, String field, Clock clock) {
        return DatesNeitherInFutureNorBeforeBirth.check(date, field, dateOfBirth, LocalDate.now(clock));
    }

    @EventSourcingHandler
    void on(ChildRegistered event, @MessageIdentifier String eventId) {
        childId = event.childId();
        township = event.township().value();
        village = event.village().value();
        dateOfBirth = event.dateOfBirth();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ResidenceChanged event, @MessageIdentifier String eventId) {
        township = event.township().value();
        village = event.village().value();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(GuardianAssigned event, @MessageIdentifier String eventId) {
        guardian = event.guardian();
        guardianSince = event.effectiveOn();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(GuardianshipTransferred event, @MessageIdentifier String eventId) {
        guardian = event.guardian();
        guardianSince = event.effectiveOn();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ResponsibleWorkerAssigned event, @MessageIdentifier String eventId) {
        responsibleWorker = event.workerId();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(RiskLevelAssessed event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
        riskLevel = event.level();
        riskAssessedAt = sequence;
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(StaleRiskAssessmentHeld event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
        openConflicts.put(event.conflictId(), new HeldRiskLevel(event.proposedLevel(), sequence));
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ConflictResolved event, @MessageIdentifier String eventId) {
        openConflicts.remove(event.conflictId());
        resolvedConflicts.add(event.conflictId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(VisitRecorded event, @MessageIdentifier String eventId) {
        visits.add(event.visitId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ConcernRaised event, @MessageIdentifier String eventId) {
        concerns.raised(event.concernId(), event.severity(), event.triageBy());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ConcernClosed event, @MessageIdentifier String eventId) {
        concerns.closed(event.concernId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ConcernEscalated event, @MessageIdentifier String eventId) {
        concerns.escalate(event.concernId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(InterventionOpened event, @MessageIdentifier String eventId) {
        openInterventions.put(event.interventionId(), event.openedOn());
        concerns.answered(event.concernId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(InterventionClosed event, @MessageIdentifier String eventId) {
        openInterventions.remove(event.interventionId());
        closedInterventions.add(event.interventionId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ReferralMade event, @MessageIdentifier String eventId) {
        referrals.put(event.referralId(), ReferralStepsInOrder.Step.MADE);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ReferralAccepted event, @MessageIdentifier String eventId) {
        referrals.put(event.referralId(), ReferralStepsInOrder.Step.ACCEPTED);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ReferralDeclined event, @MessageIdentifier String eventId) {
        referrals.put(event.referralId(), ReferralStepsInOrder.Step.DECLINED);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ReferralCompleted event, @MessageIdentifier String eventId) {
        referrals.put(event.referralId(), ReferralStepsInOrder.Step.COMPLETED);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ChildFlagged event, @MessageIdentifier String eventId) {
        flags.add(event.flagId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(FlagRemoved event, @MessageIdentifier String eventId) {
        flags.remove(event.flagId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(CaseClosureRequested event, @MessageIdentifier String eventId) {
        waitingForApproval.put(event.approvalId(), event);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(GuardianshipTransferRequested event, @MessageIdentifier String eventId) {
        waitingForApproval.put(event.approvalId(), event);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(InterventionClosureRequested event, @MessageIdentifier String eventId) {
        waitingForApproval.put(event.approvalId(), event);
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ChangeApproved event, @MessageIdentifier String eventId) {
        waitingForApproval.remove(event.approvalId());
        decided.add(event.approvalId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ChangeRejected event, @MessageIdentifier String eventId) {
        waitingForApproval.remove(event.approvalId());
        decided.add(event.approvalId());
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(CaseClosed event, @MessageIdentifier String eventId) {
        closed = true;
        closedOn = event.effectiveOn();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ChildRecordClosedAsMerged event, @MessageIdentifier String eventId) {
        closed = true;
        closedOn = event.closedOn();
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(ChildDataErased event, @MessageIdentifier String eventId) {
        erased = true;
        remember(eventId, event);
    }

    @EventSourcingHandler
    void on(CaseReopened event, @MessageIdentifier String eventId) {
        closed = false;
        closedOn = null;
        remember(eventId, event);
    }

    /** Events that change no rule's state are still remembered, so that corrections can name them. */
    @EventSourcingHandler
    void on(Object event, @MessageIdentifier String eventId) {
        remember(eventId, event);
    }

    private void remember(String eventId, Object event) {
        eventTypes.put(EventId.of(eventId), event.getClass().getSimpleName());
    }
}
