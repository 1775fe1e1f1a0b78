package org.shouhu.command.growth;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.growth.GrowthEntryId;
import org.shouhu.events.growth.GrowthEntryKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Entries of a child's growth record (成长档案): school progress, health, achievements, each with its date and author. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class GrowthEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public GrowthEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record GrowthRequest(GrowthEntryKind kind, LocalDate occurredOn, Notes text) {
    }

    @PostMapping("/{childId}/growth")
    public ResponseEntity<Object> growth(@PathVariable ChildId childId, @RequestBody GrowthRequest body,
                                         HttpServletRequest http) {
        RequiredFields.check().field("kind", body.kind()).field("text", body.text()).orRefuse();
        GrowthEntryId entryId = GrowthEntryId.generate();
        return dispatcher.dispatch(childId.toString(), new RecordGrowth(childId, entryId, body.kind(), body.occurredOn(),
                body.text()), writeRequests.of(http, body, null), HttpStatus.CREATED,
                head -> Answers.created("entryId", entryId, head), null);
    }
}
