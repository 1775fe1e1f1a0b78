package org.shouhu.command.corrections;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Correcting a field of an earlier entry; the entry itself stays as it was recorded. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class CorrectionEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public CorrectionEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    @PostMapping("/{childId}/corrections")
    public ResponseEntity<Object> correct(@PathVariable ChildId childId, @RequestBody CorrectionRequest body,
                                          HttpServletRequest http) {
        RequiredFields.check().field("eventId", body.eventId()).field("field", body.field())
                .field("correctedValue", body.correctedValue()).field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(childId.toString(),
                new CorrectEntry(childId, body.eventId(), body.field(), body.correctedValue(), body.reason()),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::head, null);
    }

    public record CorrectionRequest(EventId eventId, String field, String correctedValue, Reason reason) {
    }
}
