package org.shouhu.command.guardianship;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assigning the first guardian, or transferring guardianship to another person. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class GuardianshipEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public GuardianshipEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping("/{childId}/guardianship")
    public ResponseEntity<Object> changeGuardianship(@PathVariable ChildId childId,
                                                     @RequestBody GuardianshipRequest body, HttpServletRequest http) {
        return dispatcher.dispatch(childId.toString(), body.toCommand(childId),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::head, null);
    }
}
