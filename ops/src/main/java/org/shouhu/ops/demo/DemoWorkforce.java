package org.shouhu.ops.demo;

import org.shouhu.command.activities.RecordActivity;
import org.shouhu.command.workers.RecordTraining;
import org.shouhu.command.workers.RegisterWorker;
import org.shouhu.events.activities.ActivityId;
import org.shouhu.events.activities.ActivityType;
import org.shouhu.events.activities.Organiser;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.workers.TrainingCourse;
import org.shouhu.events.workers.WorkPhone;
import org.shouhu.events.workers.WorkerName;
import org.shouhu.events.workers.WorkerRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo district's care workforce and its year of group activities: a child director for
 * every village (the ids the children's histories name), a supervisor, grid workers and
 * caring-mother volunteers for every township, the annual full-coverage training for all,
 * and a few legal-education events, lectures and counselling sessions per township.
 */
final class DemoWorkforce {

    static final TrainingCourse ANNUAL_TRAINING = new TrainingCourse("儿童主任和儿童督导员全覆盖培训");
    private static final int ACTIVITIES_PER_TOWNSHIP = 4;
    private static final int VOLUNTEERS_PER_TOWNSHIP = 2;

    private final DemoDice dice;
    private final DemoNames names;
    private final LocalDate today;

    DemoWorkforce(DemoDice dice, LocalDate today) {
        this.dice = dice;
        this.names = new DemoNames(dice);
        this.today = today;
    }

    List<DemoCommand> of(DemoDistrict district) {
        List<DemoCommand> commands = new ArrayList<>();
        LocalDate since = today.minusYears(2);
        for (DemoDistrict.Place place : district.places()) {
            worker(commands, place.director(), WorkerRole.CHILD_DIRECTOR,
                    Area.parse(place.township().value() + "/" + place.village().value()), since);
        }
        int township = 0;
        for (Township each : district.townships()) {
            township++;
            Area area = Area.parse(each.value());
            worker(commands, new WorkerId("supervisor-" + township), WorkerRole.CHILD_SUPERVISOR, area, since);
            worker(commands, new WorkerId("grid-" + township), WorkerRole.GRID_WORKER, area, since);
            for (int i = 1; i <= VOLUNTEERS_PER_TOWNSHIP; i++) {
                worker(commands, new WorkerId("volunteer-" + township + "-" + i), WorkerRole.CARING_MOTHER_VOLUNTEER,
                        area, since);
            }
            for (int i = 0; i < ACTIVITIES_PER_TOWNSHIP; i++) {
                LocalDate heldOn = dice.dayBetween(today.minusYears(1), today);
                commands.add(DemoCommand.of(new RecordActivity(ActivityId.generate(),
                        dice.one(List.of(ActivityType.values())), heldOn, area,
                        new Organiser(each.value() + "人民政府"), dice.between(15, 80), dice.between(0, 200)), heldOn));
            }
        }
        return commands;
    }

    private void worker(List<DemoCommand> commands, WorkerId id, WorkerRole role, Area area, LocalDate since) {
        String surname = names.surname();
        commands.add(DemoCommand.of(new RegisterWorker(id, new WorkerName(names.adult(surname, dice.chance(40)).value()),
                role, area, new WorkPhone(names.mobile().value()), since), since));
        if (role != WorkerRole.CARING_MOTHER_VOLUNTEER || dice.chance(50)) {
            LocalDate trained = dice.dayBetween(today.minusMonths(10), today);
            commands.add(DemoCommand.of(new RecordTraining(id, ANNUAL_TRAINING, trained,
                    BigDecimal.valueOf(dice.between(4, 16))), trained));
        }
    }
}
