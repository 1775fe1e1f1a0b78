package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.guardianship.ChangeGuardianship;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.common.Reason;
import org.shouhu.events.guardianship.GuardianAssigned;
import org.shouhu.events.guardianship.GuardianshipTransferred;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

class GuardianshipTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final Reason reason = new Reason("grandmother in hospital");

    @Test
    void the_first_guardian_is_assigned() {
        fixture.given(registered())
                .when(new ChangeGuardianship(CHILD, GRANDMOTHER, LocalDate.of(2024, 1, 10), reason))
                .expectEvents(new GuardianAssigned(CHILD, GRANDMOTHER, LocalDate.of(2024, 1, 10)));
    }

    @Test
    void one_guardian_at_a_time_a_transfer_ends_the_previous_guardianship() {
        fixture.given(registered(), grandmotherSince(LocalDate.of(2020, 9, 1)))
                .when(new ChangeGuardianship(CHILD, AUNT, LocalDate.of(2024, 3, 1), reason))
                .expectEvents(new GuardianshipTransferred(CHILD, GRANDMOTHER, AUNT, LocalDate.of(2024, 3, 1)));
    }

    @Test
    void one_guardian_at_a_time_a_transfer_cannot_start_before_the_current_guardianship() {
        fixture.given(registered(), grandmotherSince(LocalDate.of(2020, 9, 1)))
                .when(new ChangeGuardianship(CHILD, AUNT, LocalDate.of(2020, 8, 31), reason))
                .expectNoEvents()
                .expectException(violates("guardianship.effective-before-current"));
    }

    @Test
    void a_guardianship_change_gives_a_reason() {
        fixture.given(registered(), grandmotherSince(LocalDate.of(2020, 9, 1)))
                .when(new ChangeGuardianship(CHILD, AUNT, LocalDate.of(2024, 3, 1), null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }

    @Test
    void a_guardianship_change_cannot_be_in_the_future() {
        fixture.given(registered())
                .when(new ChangeGuardianship(CHILD, AUNT, TODAY.plusDays(1), reason))
                .expectNoEvents()
                .expectException(violates("date.in-future"));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_guardianship() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new ChangeGuardianship(CHILD, AUNT, LocalDate.of(2024, 5, 2), reason))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }
}
