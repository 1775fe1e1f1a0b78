package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.guardianship.GuardianAssigned;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.command.child.ChildCaseFixture.*;

class RegisterChildTest {

    private ChildCaseFixture.InMemoryResidentIds residentIds;
    private AggregateTestFixture<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        residentIds = new ChildCaseFixture.InMemoryResidentIds();
        fixture = ChildCaseFixture.fixture(residentIds);
    }

    private static RegisterChild registration(LocalDate born, Object residentId, LocalDate guardianFrom) {
        return new RegisterChild(CHILD, new PersonName("张小雨"), Sex.FEMALE, born,
                residentId == null ? RESIDENT_ID : (org.shouhu.events.common.ResidentId) residentId,
                new Township("石洞镇"), new Village("青龙村"), ChildCategory.LEFT_BEHIND,
                Set.of(ChildCategory.RURAL_SUBSISTENCE),
                new ParentsMigration(ParentStatus.MIGRANT_WORKER_OUT_OF_PROVINCE, ParentStatus.AT_HOME),
                guardianFrom == null ? null : GRANDMOTHER, guardianFrom);
    }

    @Test
    void a_child_is_registered_today_with_the_first_guardian() {
        fixture.givenNoPriorActivity()
                .when(registration(BORN, null, LocalDate.of(2020, 9, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ChildRegistered(CHILD, new PersonName("张小雨"), Sex.FEMALE, BORN, RESIDENT_ID,
                                new Township("石洞镇"), new Village("青龙村"), ChildCategory.LEFT_BEHIND,
                                Set.of(ChildCategory.RURAL_SUBSISTENCE),
                                new ParentsMigration(ParentStatus.MIGRANT_WORKER_OUT_OF_PROVINCE, ParentStatus.AT_HOME),
                                TODAY),
                        new GuardianAssigned(CHILD, GRANDMOTHER, LocalDate.of(2020, 9, 1)));
        assertThat(residentIds.holds(RESIDENT_ID)).isTrue();
    }

    @Test
    void a_child_may_be_registered_without_a_guardian() {
        fixture.givenNoPriorActivity()
                .when(registration(BORN, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(ChildRegistered.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void the_resident_id_agrees_with_the_date_of_birth() {
        fixture.givenNoPriorActivity()
                .when(registration(BORN.plusDays(1), null, null))
                .expectNoEvents()
                .expectException(violates("resident-id.birth-date-mismatch"));
        assertThat(residentIds.holds(RESIDENT_ID)).isFalse();
    }

    @Test
    void a_resident_id_held_by_another_child_is_refused() {
        residentIds.claim(RESIDENT_ID, ChildId.generate());
        fixture.givenNoPriorActivity()
                .when(registration(BORN, null, null))
                .expectNoEvents()
                .expectException(violates("resident-id.unique"));
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused() {
        LocalDate tomorrow = TODAY.plusDays(1);
        fixture.givenNoPriorActivity()
                .when(registration(tomorrow, residentId(tomorrow, 5), null))
                .expectNoEvents()
                .expectException(violates("date.in-future"));
    }

    @Test
    void a_guardianship_cannot_start_before_the_child_was_born() {
        fixture.givenNoPriorActivity()
                .when(registration(BORN, null, BORN.minusDays(1)))
                .expectNoEvents()
                .expectException(violates("date.before-birth"));
    }

    @Test
    void required_fields_are_refused_when_missing() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, null, Sex.FEMALE, BORN, RESIDENT_ID, new Township("石洞镇"),
                        new Village("青龙村"), ChildCategory.ORPHAN, Set.of(), null, null, null))
                .expectNoEvents()
                .expectException(violates("name.required"));
    }
}
