package org.shouhu.command.activities;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.shouhu.command.rules.ActorAreaCoversTheChild;
import org.shouhu.command.rules.CountsAreNotNegative;
import org.shouhu.command.rules.DatesNeitherInFutureNorBeforeBirth;
import org.shouhu.command.rules.Required;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.activities.ActivityId;
import org.shouhu.events.activities.CareActivityRecorded;
import org.shouhu.events.common.Area;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A group activity (legal education, a themed lecture, counselling): recorded once, in the recorder's area. */
@Aggregate
public class CareActivity {

    @AggregateIdentifier
    private ActivityId activityId;

    protected CareActivity() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public CareActivity(RecordActivity command, Clock clock, @MetaDataValue(MetaDataKeys.ACTOR_AREA) String actorArea) {
        Required.field(command.type(), "type");
        Required.field(command.area(), "area");
        Required.field(command.organiser(), "organiser");
        Area area = command.area();
        // an activity of a whole township or the district is recorded only by those whose area covers all of it
        ActorAreaCoversTheChild.checkRegistration(actorArea, area.township(), area.village());
        LocalDate today = LocalDate.now(clock);
        LocalDate heldOn = DatesNeitherInFutureNorBeforeBirth.check(command.heldOn(), "heldOn", null, today);
        apply(new CareActivityRecorded(command.activityId(), command.type(), heldOn, area, command.organiser(),
                CountsAreNotNegative.check(command.participants(), "participants"),
                CountsAreNotNegative.check(command.materialsDistributed(), "materialsDistributed")));
    }

    @EventSourcingHandler
    void on(CareActivityRecorded event) {
        activityId = event.activityId();
    }
}
