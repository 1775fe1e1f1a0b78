package org.shouhu.command.child;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.common.WorkerId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Set;

/** Registration and the changes to a child's own record: residence, category, worker, risk, closure. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ChildCaseEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ChildCaseEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping
    public ResponseEntity<Object> register(@RequestBody RegisterChildRequest body, HttpServletRequest http) {
        ChildId childId = ChildId.generate();
        return dispatcher.dispatch(childId.toString(), body.toCommand(childId),
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
        return change(childId, new AssessRiskLevel(childId, body.level(), body.reason()), body, body.reason(), http);
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
