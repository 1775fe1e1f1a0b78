package org.shouhu.command.workers;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.shouhu.command.rules.DatesNeitherInFutureNorBeforeBirth;
import org.shouhu.command.rules.NothingForARetiredWorker;
import org.shouhu.command.rules.ReasonIsGiven;
import org.shouhu.command.rules.Required;
import org.shouhu.command.rules.TrainingHoursArePlausible;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.workers.TrainingCompleted;
import org.shouhu.events.workers.WorkerAreaChanged;
import org.shouhu.events.workers.WorkerRegistered;
import org.shouhu.events.workers.WorkerRetired;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A member of the care workforce: where they serve, what training they completed, whether they still serve. */
@Aggregate(commandTargetResolver = "expectedVersionTargetResolver")
public class Worker {

    @AggregateIdentifier
    private WorkerId workerId;
    private Area area;
    private boolean retired;

    protected Worker() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Worker(RegisterWorker command, WorkerRegister register, Clock clock) {
        Required.field(command.name(), "name");
        Required.field(command.role(), "role");
        Required.field(command.area(), "area");
        LocalDate registeredOn = dateOf(command.registeredOn(), "registeredOn", clock);
        register.register(command.workerId(), command.area());
        apply(new WorkerRegistered(command.workerId(), command.name(), command.role(), command.area(), command.phone(),
                registeredOn));
    }

    @CommandHandler
    public void handle(ChangeWorkerArea command, WorkerRegister register, Clock clock) {
        NothingForARetiredWorker.check(retired);
        Required.field(command.area(), "area");
        ReasonIsGiven.check(command.reason());
        LocalDate effectiveOn = dateOf(command.effectiveOn(), "effectiveOn", clock);
        register.move(workerId, command.area());
        apply(new WorkerAreaChanged(workerId, command.area(), area, effectiveOn));
    }

    @CommandHandler
    public void handle(RecordTraining command, Clock clock) {
        NothingForARetiredWorker.check(retired);
        Required.field(command.course(), "course");
        TrainingHoursArePlausible.check(command.hours());
        LocalDate completedOn = dateOf(command.completedOn(), "completedOn", clock);
        apply(new TrainingCompleted(workerId, command.course(), completedOn, command.hours()));
    }

    @CommandHandler
    public void handle(RetireWorker command, WorkerRegister register, Clock clock) {
        NothingForARetiredWorker.check(retired);
        ReasonIsGiven.check(command.reason());
        LocalDate retiredOn = dateOf(command.retiredOn(), "retiredOn", clock);
        register.retire(workerId);
        apply(new WorkerRetired(workerId, retiredOn));
    }

    private static LocalDate dateOf(LocalDate date, String field, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return DatesNeitherInFutureNorBeforeBirth.check(date == null ? today : date, field, null, today);
    }

    @EventSourcingHandler
    void on(WorkerRegistered event) {
        workerId = event.workerId();
        area = event.area();
    }

    @EventSourcingHandler
    void on(WorkerAreaChanged event) {
        area = event.area();
    }

    @EventSourcingHandler
    void on(WorkerRetired event) {
        retired = true;
    }
}
