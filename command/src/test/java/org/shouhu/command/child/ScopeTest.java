package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shouhu.command.rules.ActorAreaCoversTheChild;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ResidenceChanged;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** The actor's area: a director records for her village, a supervisor for his township. */
class ScopeTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();

    private static Map<String, Object> actingFor(String area) {
        return Map.of(MetaDataKeys.ACTOR_AREA, area);
    }

    private static RegisterChild registrationIn(String village) {
        return new RegisterChild(CHILD, new PersonName("张小雨"), Sex.FEMALE, BORN, RESIDENT_ID, new Township("石洞镇"),
                new Village(village), ChildCategory.LEFT_BEHIND, Set.of(), null, null, null);
    }

    @Test
    void a_director_registers_the_children_of_her_own_village() {
        fixture.givenNoPriorActivity()
                .when(registrationIn("青龙村"), actingFor("石洞镇/青龙村"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_director_does_not_register_children_of_another_village() {
        fixture.givenNoPriorActivity()
                .when(registrationIn("红星村"), actingFor("石洞镇/青龙村"))
                .expectNoEvents()
                .expectException(Matchers.instanceOf(ActorAreaCoversTheChild.OutOfScope.class));
    }

    @Test
    void a_child_outside_the_actors_area_is_invisible_to_her_commands() {
        fixture.given(registered())
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, null), actingFor("拦江镇"))
                .expectNoEvents()
                .expectException(Matchers.instanceOf(ActorAreaCoversTheChild.OutOfScope.class));
    }

    @Test
    void a_supervisor_records_for_every_village_of_his_township() {
        fixture.given(registered())
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, null), actingFor("石洞镇"))
                .expectEvents(new RiskLevelAssessed(CHILD, RiskLevel.HIGH, null));
    }

    @Test
    void after_a_move_the_child_belongs_to_the_new_village() {
        fixture.given(registered(), new ResidenceChanged(CHILD, new Township("拦江镇"), new Village("新华村"),
                        LocalDate.of(2024, 4, 1)))
                .when(new AssessRiskLevel(CHILD, RiskLevel.LOW, null), actingFor("石洞镇/青龙村"))
                .expectNoEvents()
                .expectException(Matchers.instanceOf(ActorAreaCoversTheChild.OutOfScope.class));
    }
}
