package org.shouhu.command.approvals;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.approvals.ApprovalId;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The township supervisor (or the bureau) approves or rejects a change a director asked for, with a reason. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ApprovalEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ApprovalEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record Decision(Reason reason) {
    }

    @PostMapping("/{childId}/approvals/{approvalId}/approval")
    public ResponseEntity<Object> approve(@PathVariable ChildId childId, @PathVariable ApprovalId approvalId,
                                          @RequestBody Decision body, HttpServletRequest http) {
        return decide(childId, new ApproveChange(childId, approvalId, body.reason()), body, http);
    }

    @PostMapping("/{childId}/approvals/{approvalId}/rejection")
    public ResponseEntity<Object> reject(@PathVariable ChildId childId, @PathVariable ApprovalId approvalId,
                                         @RequestBody Decision body, HttpServletRequest http) {
        return decide(childId, new RejectChange(childId, approvalId, body.reason()), body, http);
    }

    private ResponseEntity<Object> decide(ChildId childId, Object command, Decision body, HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, body.reason()),
                HttpStatus.OK, Answers::head, null);
    }
}
