package org.shouhu.command.child;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequest;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.command.web.WriteResult;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.conflicts.ConflictId;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Registration and the changes to a child's own record: residence, category, worker, risk, closure. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ChildCaseEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;
    private final LookAlikeChildren lookAlikes;
    private final TransactionTemplate transaction;

    public ChildCaseEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests, LookAlikeChildren lookAlikes,
                             TransactionTemplate transaction) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
        this.lookAlikes = lookAlikes;
        this.transaction = transaction;
    }

    /** A child whom records of the area look like is registered only on confirmation ({@code confirmNotDuplicate}). */
    @PostMapping
    public ResponseEntity<Object> register(@RequestBody RegisterChildRequest body, HttpServletRequest http) {
        ChildId childId = ChildId.generate();
        RegisterChild command = body.toCommand(childId);
        if (!Boolean.TRUE.equals(body.confirmNotDuplicate())) {
            List<LookAlikeChildren.LookAlike> candidates = lookAlikes.of(body);
            if (!candidates.isEmpty()) {
                throw new LookAlikeChildren.Found(candidates);
            }
        }
        return dispatcher.dispatch(childId.toString(), command,
                writeRequests.of(http, body, null), HttpStatus.CREATED, Answers::head, ChildPaths.child(childId.toString()));
    }

    @PostMapping("/{childId}/residence")
    public ResponseEntity<Object> changeResidence(@PathVariable ChildId childId, @RequestBody ResidenceRequest body,
                                                  HttpServletRequest http) {
        RequiredFields.check().field("township", body.township()).field("village", body.village())
                .field("effectiveOn", body.effectiveOn()).orRefuse();
        return change(childId, new ChangeResidence(childId, body.township(), body.village(), body.effectiveOn(),
                body.reason()), body, body.reason(), http);
    }

    @PostMapping("/{childId}/category")
    public ResponseEntity<Object> changeCategory(@PathVariable ChildId childId, @RequestBody CategoryRequest body,
                                                 HttpServletRequest http) {
        RequiredFields.check().field("primaryCategory", body.primaryCategory()).orRefuse();
        return change(childId, new ChangeCategory(childId, body.primaryCategory(), body.tags(), body.reason()),
                body, body.reason(), http);
    }

    @PostMapping("/{childId}/responsible-worker")
    public ResponseEntity<Object> assignWorker(@PathVariable ChildId childId, @RequestBody WorkerRequest body,
                                               HttpServletRequest http) {
        RequiredFields.check().field("workerId", body.workerId()).orRefuse();
        return change(childId, new AssignResponsibleWorker(childId, body.workerId(), body.reason()),
                body, body.reason(), http);
    }

    @PostMapping("/{childId}/risk")
    public ResponseEntity<Object> assessRisk(@PathVariable ChildId childId, @RequestBody RiskRequest body,
                                             HttpServletRequest http) {
        RequiredFields.check().field("level", body.level()).orRefuse();
        return dispatcher.dispatch(childId.toString(), new AssessRiskLevel(childId, body.level(), body.reason()),
                writeRequests.of(http, body, body.reason()), ChildCaseEndpoint::riskAnswer, null);
    }

    /**
     * 202 when the level was captured against an outdated record and held as a conflict (it is
     * not in force: a person resolves it), with the conflict's id; 200 when it was applied.
     */
    private static CommandDispatcher.Answer riskAnswer(Object returned, WriteResult head) {
        return returned instanceof ConflictId conflictId
                ? new CommandDispatcher.Answer(HttpStatus.ACCEPTED, Answers.created("conflictId", conflictId, head))
                : new CommandDispatcher.Answer(HttpStatus.OK, Answers.head(head));
    }

    @PostMapping("/{childId}/closure")
    public ResponseEntity<Object> close(@PathVariable ChildId childId, @RequestBody EffectiveRequest body,
                                        HttpServletRequest http) {
        body.requireAll();
        return change(childId, new CloseCase(childId, body.effectiveOn(), body.reason()), body, body.reason(), http);
    }

    @PostMapping("/{childId}/reopening")
    public ResponseEntity<Object> reopen(@PathVariable ChildId childId, @RequestBody EffectiveRequest body,
                                         HttpServletRequest http) {
        body.requireAll();
        return change(childId, new ReopenCase(childId, body.effectiveOn(), body.reason()), body, body.reason(), http);
    }

    /**
     * Two records of one child become one, in one transaction: the other record is closed as
     * merged into this one, and this one records the merge. Nothing is deleted.
     */
    @PostMapping("/{childId}/merge")
    public ResponseEntity<Object> merge(@PathVariable ChildId childId, @RequestBody MergeRequest body,
                                        HttpServletRequest http) {
        RequiredFields.check().field("mergedChildId", body.mergedChildId()).field("reason", body.reason()).orRefuse();
        WriteRequest request = writeRequests.of(http, body, body.reason());
        // the capture time is the request's; the version captured against is this child's, not the other's
        WriteRequest other = new WriteRequest(null, null, request.reason(), request.correlationId(),
                request.fingerprint(), request.capturedAt(), null);
        return transaction.execute(status -> {
            dispatcher.dispatch(body.mergedChildId().toString(), new CloseAsMerged(body.mergedChildId(), childId,
                    body.reason()), other, HttpStatus.OK, Answers::head, null);
            return dispatcher.dispatch(childId.toString(), new MergeChildRecord(childId, body.mergedChildId(),
                    body.reason()), request, HttpStatus.OK, Answers::head, null);
        });
    }

    public record MergeRequest(ChildId mergedChildId, Reason reason) {
    }

    private ResponseEntity<Object> change(ChildId childId, Object command, Object body, Reason reason,
                                          HttpServletRequest http) {
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, reason),
                HttpStatus.OK, Answers::head, null);
    }

    public record ResidenceRequest(Township township, Village village, LocalDate effectiveOn, Reason reason) {
    }

    public record CategoryRequest(ChildCategory primaryCategory, Set<ChildCategory> tags, Reason reason) {
    }

    public record WorkerRequest(WorkerId workerId, Reason reason) {
    }

    public record RiskRequest(RiskLevel level, Reason reason) {
    }

    public record EffectiveRequest(LocalDate effectiveOn, Reason reason) {
        void requireAll() {
            RequiredFields.check().field("effectiveOn", effectiveOn).field("reason", reason).orRefuse();
        }
    }
}
