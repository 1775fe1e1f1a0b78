package org.shouhu.command.flags;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.flags.FlagId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Flags on a child's record: raised by any worker of the child's area, removed only with a reason. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class FlagEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public FlagEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record FlagRequest(Notes message) {
    }

    public record Removal(Reason reason) {
    }

    @PostMapping("/{childId}/flags")
    public ResponseEntity<Object> flag(@PathVariable ChildId childId, @RequestBody FlagRequest body,
                                       HttpServletRequest http) {
        RequiredFields.check().field("message", body.message()).orRefuse();
        FlagId flagId = FlagId.generate();
        return dispatcher.dispatch(childId.toString(), new FlagChild(childId, flagId, body.message()),
                writeRequests.of(http, body, null), HttpStatus.CREATED, head -> Answers.created("flagId", flagId, head),
                null);
    }

    @PostMapping("/{childId}/flags/{flagId}/removal")
    public ResponseEntity<Object> remove(@PathVariable ChildId childId, @PathVariable FlagId flagId,
                                         @RequestBody Removal body, HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(childId.toString(), new RemoveFlag(childId, flagId, body.reason()),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::head, null);
    }
}
