package org.shouhu.command.concerns;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Raising a concern about a child, and closing it at triage when it needs no intervention. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ConcernEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;
    private final ConcernProperties triage;

    public ConcernEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests, ConcernProperties triage) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
        this.triage = triage;
    }

    @PostMapping("/{childId}/concerns")
    public ResponseEntity<Object> raiseConcern(@PathVariable ChildId childId, @RequestBody ConcernRequest body,
                                               HttpServletRequest http) {
        RequiredFields.check().field("occurredOn", body.occurredOn()).field("source", body.source())
                .field("description", body.description()).orRefuse();
        ConcernId concernId = ConcernId.generate();
        ConcernSeverity severity = body.severity() == null ? triage.defaultSeverity() : body.severity();
        RaiseConcern command = new RaiseConcern(childId, concernId, body.occurredOn(), body.source(), body.description(),
                severity);
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, null),
                HttpStatus.CREATED, head -> Answers.created("concernId", concernId, head), null);
    }

    @PostMapping("/{childId}/concerns/{concernId}/closure")
    public ResponseEntity<Object> closeConcern(@PathVariable ChildId childId, @PathVariable ConcernId concernId,
                                               @RequestBody Closure body, HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(childId.toString(), new CloseConcern(childId, concernId, body.closedOn(),
                body.reason()), writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::head, null);
    }

    /** {@code severity} is optional: without it the concern is taken to be of the default severity. */
    public record ConcernRequest(LocalDate occurredOn, ConcernSource source, Notes description,
                                 ConcernSeverity severity) {
    }

    /** {@code closedOn} is optional: today by default. */
    public record Closure(LocalDate closedOn, Reason reason) {
    }
}
