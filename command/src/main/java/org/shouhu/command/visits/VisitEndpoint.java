package org.shouhu.command.visits;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Recording a patrol visit. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class VisitEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public VisitEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping("/{childId}/visits")
    public ResponseEntity<Object> recordVisit(@PathVariable ChildId childId, @RequestBody VisitRequest body,
                                              HttpServletRequest http) {
        RequiredFields.check().field("occurredOn", body.occurredOn()).field("kind", body.kind())
                .field("childSeen", body.childSeen()).field("findings", body.findings()).orRefuse();
        VisitId visitId = VisitId.generate();
        RecordVisit command = new RecordVisit(childId, visitId, body.occurredOn(), body.kind(), body.childSeen(),
                body.findings(), body.riskIndicators());
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, null),
                HttpStatus.CREATED, head -> Answers.created("visitId", visitId, head), null);
    }

    public record VisitRequest(LocalDate occurredOn, VisitKind kind, Boolean childSeen, Notes findings,
                               List<RiskIndicator> riskIndicators) {
    }
}
