package org.shouhu.command.interventions;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Opening an intervention, noting its progress and closing it with an outcome. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class InterventionEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public InterventionEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping("/{childId}/interventions")
    public ResponseEntity<Object> open(@PathVariable ChildId childId, @RequestBody OpenRequest body,
                                       HttpServletRequest http) {
        RequiredFields.check().field("type", body.type()).field("goal", body.goal())
                .field("openedOn", body.openedOn()).orRefuse();
        InterventionId interventionId = InterventionId.generate();
        OpenIntervention command = new OpenIntervention(childId, interventionId, body.type(), body.goal(),
                body.openedOn(), body.concernId());
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, null),
                HttpStatus.CREATED, head -> Answers.created("interventionId", interventionId, head), null);
    }

    @PostMapping("/{childId}/interventions/{interventionId}/progress")
    public ResponseEntity<Object> progress(@PathVariable ChildId childId, @PathVariable InterventionId interventionId,
                                           @RequestBody ProgressRequest body, HttpServletRequest http) {
        RequiredFields.check().field("occurredOn", body.occurredOn()).field("note", body.note()).orRefuse();
        return dispatcher.dispatch(childId.toString(),
                new NoteInterventionProgress(childId, interventionId, body.occurredOn(), body.note()),
                writeRequests.of(http, body, null), HttpStatus.OK, Answers::head, null);
    }

    @PostMapping("/{childId}/interventions/{interventionId}/plan")
    public ResponseEntity<Object> plan(@PathVariable ChildId childId, @PathVariable InterventionId interventionId,
                                       @RequestBody PlanRequest body, HttpServletRequest http) {
        RequiredFields.check().field("goals", body.goals()).field("nextReviewOn", body.nextReviewOn()).orRefuse();
        return dispatcher.dispatch(childId.toString(),
                new PlanIntervention(childId, interventionId, body.goals(), body.nextReviewOn()),
                writeRequests.of(http, body, null), HttpStatus.OK, Answers::head, null);
    }

    @PostMapping("/{childId}/interventions/{interventionId}/reviews")
    public ResponseEntity<Object> review(@PathVariable ChildId childId, @PathVariable InterventionId interventionId,
                                         @RequestBody ReviewRequest body, HttpServletRequest http) {
        RequiredFields.check().field("reviewedOn", body.reviewedOn()).field("findings", body.findings())
                .field("nextReviewOn", body.nextReviewOn()).orRefuse();
        return dispatcher.dispatch(childId.toString(), new ReviewIntervention(childId, interventionId,
                        body.reviewedOn(), body.findings(), body.nextReviewOn()),
                writeRequests.of(http, body, null), HttpStatus.OK, Answers::head, null);
    }

    @PostMapping("/{childId}/interventions/{interventionId}/closure")
    public ResponseEntity<Object> close(@PathVariable ChildId childId, @PathVariable InterventionId interventionId,
                                        @RequestBody ClosureRequest body, HttpServletRequest http) {
        RequiredFields.check().field("closedOn", body.closedOn()).field("outcome", body.outcome()).orRefuse();
        return dispatcher.dispatch(childId.toString(),
                new CloseIntervention(childId, interventionId, body.closedOn(), body.outcome(), body.note()),
                writeRequests.of(http, body, null), HttpStatus.OK, Answers::head, null);
    }

    public record OpenRequest(InterventionType type, Notes goal, LocalDate openedOn, ConcernId concernId) {
    }

    public record ProgressRequest(LocalDate occurredOn, Notes note) {
    }

    public record PlanRequest(Notes goals, LocalDate nextReviewOn) {
    }

    public record ReviewRequest(LocalDate reviewedOn, Notes findings, LocalDate nextReviewOn) {
    }

    public record ClosureRequest(LocalDate closedOn, InterventionOutcome outcome, Notes note) {
    }
}
