package org.shouhu.command.erasure;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau erases the personal data of a closed case (security: BUREAU only). */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ErasureEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ErasureEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping("/{childId}/erasure")
    public ResponseEntity<Object> erase(@PathVariable ChildId childId, @RequestBody ErasureRequest body,
                                        HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(childId.toString(), new EraseChildData(childId, body.reason()),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::head, null);
    }

    public record ErasureRequest(Reason reason) {
    }
}
