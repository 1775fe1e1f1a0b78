package org.shouhu.command.conflicts;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conflicts held from entries captured offline against an outdated record: a person decides
 * each one, with a reason, for the held level or the level in force.
 */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ConflictEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ConflictEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record Resolution(ConflictResolution resolution, Reason reason) {
    }

    @PostMapping("/{childId}/conflicts/{conflictId}/resolution")
    public ResponseEntity<Object> resolve(@PathVariable ChildId childId, @PathVariable ConflictId conflictId,
                                          @RequestBody Resolution body, HttpServletRequest http) {
        RequiredFields.check().field("resolution", body.resolution()).field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(childId.toString(),
                new ResolveConflict(childId, conflictId, body.resolution(), body.reason()),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::head, null);
    }
}
