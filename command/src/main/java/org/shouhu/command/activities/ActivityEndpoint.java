package org.shouhu.command.activities;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.activities.ActivityId;
import org.shouhu.events.activities.ActivityType;
import org.shouhu.events.activities.Organiser;
import org.shouhu.events.common.Area;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

/** {@code POST /activities}: a group activity held in the recorder's area. */
@RestController
@RequestMapping("/api/v1/activities")
public class ActivityEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ActivityEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record NewActivity(ActivityType type, LocalDate heldOn, Area area, Organiser organiser, Integer participants,
                              Integer materialsDistributed) {
    }

    @PostMapping
    public ResponseEntity<Object> record(@RequestBody NewActivity body, HttpServletRequest http) {
        RequiredFields.check().field("type", body.type()).field("heldOn", body.heldOn()).field("area", body.area())
                .field("organiser", body.organiser()).field("participants", body.participants()).orRefuse();
        ActivityId activityId = ActivityId.generate();
        return dispatcher.dispatch(activityId.toString(), new RecordActivity(activityId, body.type(), body.heldOn(),
                        body.area(), body.organiser(), body.participants(),
                        body.materialsDistributed() == null ? 0 : body.materialsDistributed()),
                writeRequests.of(http, body, null), HttpStatus.CREATED, head -> Answers.head("activityId", head),
                URI.create("/api/v1/activities/" + activityId));
    }
}
