package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.ResponsibleWorkerAssigned;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.WorkerId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.command.child.ChildCaseFixture.*;

/** ResponsibleWorkerServesTheChild: an active, registered worker whose area covers the child's village. */
class ResponsibleWorkerTest {

    private final InMemoryWorkers workers = InMemoryWorkers.ofTheChildsVillage();
    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture(new InMemoryResidentIds(),
            new InMemoryDataKeys(), workers);

    @Test
    void responsible_worker_serves_the_child_a_worker_of_the_township_covers_its_villages() {
        workers.register(new WorkerId("supervisor-1"), Area.parse("石洞镇"));
        fixture.given(registered())
                .when(new AssignResponsibleWorker(CHILD, new WorkerId("supervisor-1"), null))
                .expectEvents(new ResponsibleWorkerAssigned(CHILD, new WorkerId("supervisor-1"), null));
        assertThat(workers.childrenOf(new WorkerId("supervisor-1"))).containsExactly(CHILD);
    }

    @Test
    void responsible_worker_serves_the_child_not_a_retired_one() {
        workers.retire(new WorkerId("director-2"));
        fixture.given(registered())
                .when(new AssignResponsibleWorker(CHILD, new WorkerId("director-2"), null))
                .expectNoEvents()
                .expectException(violates("worker.retired"));
    }

    @Test
    void responsible_worker_serves_the_child_not_one_of_another_village() {
        workers.register(new WorkerId("director-hongxing"), Area.parse("石洞镇/红星村"));
        fixture.given(registered())
                .when(new AssignResponsibleWorker(CHILD, new WorkerId("director-hongxing"), null))
                .expectNoEvents()
                .expectException(violates("worker.out-of-area"));
    }

    @Test
    void responsible_worker_serves_the_child_not_one_never_registered() {
        fixture.given(registered())
                .when(new AssignResponsibleWorker(CHILD, new WorkerId("nobody"), null))
                .expectNoEvents()
                .expectException(violates("worker.unknown"));
    }
}
