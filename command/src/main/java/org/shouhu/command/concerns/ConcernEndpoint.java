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
import org.shouhu.events.concerns.ConcernSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Raising a concern about a child. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ConcernEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ConcernEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping("/{childId}/concerns")
    public ResponseEntity<Object> raiseConcern(@PathVariable ChildId childId, @RequestBody ConcernRequest body,
                                               HttpServletRequest http) {
        RequiredFields.check().field("occurredOn", body.occurredOn()).field("source", body.source())
                .field("description", body.description()).orRefuse();
        ConcernId concernId = ConcernId.generate();
        RaiseConcern command = new RaiseConcern(childId, concernId, body.occurredOn(), body.source(), body.description());
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, null),
                HttpStatus.CREATED, head -> Answers.created("concernId", concernId, head), null);
    }

    public record ConcernRequest(LocalDate occurredOn, ConcernSource source, Notes description) {
    }
}
