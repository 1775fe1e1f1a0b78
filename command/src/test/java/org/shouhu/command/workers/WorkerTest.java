package org.shouhu.command.workers;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.child.ChildCaseFixture;
import org.shouhu.command.child.InMemoryWorkers;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.workers.TrainingCompleted;
import org.shouhu.events.workers.TrainingCourse;
import org.shouhu.events.workers.WorkPhone;
import org.shouhu.events.workers.WorkerName;
import org.shouhu.events.workers.WorkerRegistered;
import org.shouhu.events.workers.WorkerRetired;
import org.shouhu.events.workers.WorkerRole;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.command.child.ChildCaseFixture.TODAY;
import static org.shouhu.command.child.ChildCaseFixture.violates;

/** The rules of a worker's record, one test per rule. */
class WorkerTest {

    private static final WorkerId LI = new WorkerId("li-director");
    private final InMemoryWorkers register = new InMemoryWorkers();
    private final AggregateTestFixture<Worker> fixture = new AggregateTestFixture<>(Worker.class);
    private final WorkerRegistered registered = new WorkerRegistered(LI, new WorkerName("李芳"), WorkerRole.CHILD_DIRECTOR,
            Area.parse("石洞镇/青龙村"), new WorkPhone("13700003333"), LocalDate.of(2024, 1, 2));

    WorkerTest() {
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(9, 0).atZone(ChildCaseFixture.DISTRICT).toInstant(),
                ChildCaseFixture.DISTRICT));
    }

    @Test
    void a_worker_is_registered_with_role_and_area_and_becomes_assignable() {
        fixture.givenNoPriorActivity()
                .when(new RegisterWorker(LI, new WorkerName("李芳"), WorkerRole.CHILD_DIRECTOR, Area.parse("石洞镇/青龙村"),
                        new WorkPhone("13700003333"), LocalDate.of(2024, 1, 2)))
                .expectEvents(registered);
        assertThat(register.find(LI)).hasValueSatisfying(worker -> assertThat(worker.active()).isTrue());
    }

    @Test
    void training_hours_are_plausible() {
        fixture.given(registered)
                .when(new RecordTraining(LI, new TrainingCourse("全覆盖培训"), TODAY, new BigDecimal("200")))
                .expectNoEvents()
                .expectException(violates("training.hours"));
        fixture.given(registered)
                .when(new RecordTraining(LI, new TrainingCourse("全覆盖培训"), TODAY, new BigDecimal("6")))
                .expectEvents(new TrainingCompleted(LI, new TrainingCourse("全覆盖培训"), TODAY, new BigDecimal("6")));
    }

    @Test
    void nothing_for_a_retired_worker() {
        register.register(LI, Area.parse("石洞镇/青龙村"));
        fixture.given(registered)
                .when(new RetireWorker(LI, TODAY, new Reason("moved to the county town")))
                .expectEvents(new WorkerRetired(LI, TODAY));
        assertThat(register.find(LI)).hasValueSatisfying(worker -> assertThat(worker.active()).isFalse());
        fixture.given(registered, new WorkerRetired(LI, TODAY))
                .when(new RecordTraining(LI, new TrainingCourse("全覆盖培训"), TODAY, BigDecimal.ONE))
                .expectNoEvents()
                .expectException(violates("worker.retired"));
    }

    @Test
    void a_retirement_gives_a_reason() {
        fixture.given(registered)
                .when(new RetireWorker(LI, TODAY, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }
}
