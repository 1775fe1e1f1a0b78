package org.shouhu.ops.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shouhu.command.child.AssessRiskLevel;
import org.shouhu.command.child.AssignResponsibleWorker;
import org.shouhu.command.child.CloseCase;
import org.shouhu.command.child.RegisterChild;
import org.shouhu.command.concerns.RaiseConcern;
import org.shouhu.command.guardianship.ChangeGuardianship;
import org.shouhu.command.interventions.CloseIntervention;
import org.shouhu.command.interventions.NoteInterventionProgress;
import org.shouhu.command.interventions.OpenIntervention;
import org.shouhu.command.visits.RecordVisit;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.guardianship.GuardianRelation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole demo district of the default settings, planned without Spring or a database: every
 * command the seeder would send obeys the aggregate's date rules, and the district looks like the
 * letter's.
 */
class DemoDistrictPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 2, 29);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    record Planned(DemoChild child, List<DemoCommand> commands) {
    }

    private static List<Planned> district;

    @BeforeAll
    static void plan() {
        district = plan(2023, 600, TODAY);
    }

    static List<Planned> plan(long seed, int children, LocalDate today) {
        DemoDice dice = new DemoDice(seed);
        DemoChildFactory factory = new DemoChildFactory(DemoDistrict.anju(), dice, today);
        DemoHistoryWriter writer = new DemoHistoryWriter(dice, today);
        List<Planned> planned = new ArrayList<>();
        for (DemoCategoryMix.Slot slot : DemoCategoryMix.slots(children, dice)) {
            DemoChild child = factory.create(slot);
            List<DemoCommand> commands = new ArrayList<>();
            commands.add(DemoCommand.of(child.registration(), null));
            commands.addAll(writer.historyOf(child));
            planned.add(new Planned(child, commands));
        }
        return planned;
    }

    @Test
    void six_townships_of_seven_villages_each_with_its_own_child_director() {
        DemoDistrict anju = DemoDistrict.anju();

        assertThat(anju.townships()).extracting(t -> t.value())
                .containsExactly("石洞镇", "拦江镇", "保石镇", "白马镇", "常理镇", "东禅镇");
        assertThat(anju.places()).hasSize(42);
        assertThat(anju.places().stream().map(p -> p.village().value()).distinct()).hasSize(42);
        assertThat(anju.places().stream().map(p -> p.director().value()).distinct()).hasSize(42)
                .allMatch(director -> director.matches("director-[0-9]+"));
        assertThat(anju.places()).filteredOn(DemoDistrict.Place::community).hasSize(6);
    }

    @Test
    void every_registration_is_valid_and_every_resident_id_unique_and_matching() {
        Set<String> residentIds = new HashSet<>();
        for (Planned planned : district) {
            RegisterChild registration = (RegisterChild) planned.commands().get(0).payload();
            LocalDate born = registration.dateOfBirth();
            String id = registration.residentId().value();

            assertThat(residentIds.add(id)).as("unique resident ID").isTrue();
            assertThat(id).startsWith("510904");
            assertThat(registration.residentId().birthDate()).isEqualTo(born);
            assertThat(Integer.parseInt(id.substring(14, 17)) % 2).isEqualTo(registration.sex() == Sex.MALE ? 1 : 0);
            assertThat(born).isBetween(TODAY.minusYears(18).plusDays(1), TODAY);
            assertThat(registration.guardian()).isNotNull();
            assertThat(registration.guardianEffectiveOn()).isBetween(born, TODAY);
            assertThat(registration.tags()).doesNotContain(registration.primaryCategory());
            assertThat(registration.name().value()).matches("\\p{IsHan}{2,3}");
            assertThat(registration.residentId().toString()).doesNotContain(id.substring(0, 14));
        }
    }

    @Test
    void every_date_lies_between_birth_and_today_in_order_and_within_the_rules() {
        for (Planned planned : district) {
            LocalDate born = planned.child().dateOfBirth();
            LocalDate guardianSince = planned.child().guardianSince();
            Map<InterventionId, LocalDate> opened = new HashMap<>();
            Set<InterventionId> closed = new HashSet<>();
            Set<ConcernId> concerns = new HashSet<>();
            LocalDate previous = null;
            List<DemoCommand> commands = planned.commands();
            for (int i = 0; i < commands.size(); i++) {
                DemoCommand command = commands.get(i);
                assertThat(command.payload() instanceof RegisterChild).as("registration first only").isEqualTo(i == 0);
                if (command.day() == null) {
                    continue;
                }
                assertThat(command.day()).as(command.kind()).isBetween(born, TODAY);
                if (previous != null) {
                    assertThat(command.day()).as("in date order").isAfterOrEqualTo(previous);
                }
                previous = command.day();
                Object payload = command.payload();
                if (payload instanceof RecordVisit visit) {
                    assertThat(visit.occurredOn()).isEqualTo(command.day());
                } else if (payload instanceof RaiseConcern concern) {
                    concerns.add(concern.concernId());
                } else if (payload instanceof OpenIntervention open) {
                    opened.put(open.interventionId(), open.openedOn());
                    if (open.concernId() != null) {
                        assertThat(concerns).contains(open.concernId());
                    }
                } else if (payload instanceof NoteInterventionProgress note) {
                    assertThat(note.occurredOn()).isAfterOrEqualTo(opened.get(note.interventionId()));
                    assertThat(closed).doesNotContain(note.interventionId());
                } else if (payload instanceof CloseIntervention close) {
                    assertThat(close.closedOn()).isAfterOrEqualTo(opened.get(close.interventionId()));
                    assertThat(closed.add(close.interventionId())).isTrue();
                } else if (payload instanceof ChangeGuardianship change) {
                    assertThat(change.effectiveOn()).isAfter(guardianSince);
                    assertThat(change.reason()).isEqualTo(command.reason());
                    assertThat(change.guardian().relation()).isNotEqualTo(GuardianRelation.INSTITUTION);
                } else if (payload instanceof CloseCase close) {
                    assertThat(i).as("a closure comes last").isEqualTo(commands.size() - 1);
                    assertThat(close.effectiveOn()).isAfterOrEqualTo(guardianSince);
                    assertThat(opened.keySet()).as("no intervention left open").isEqualTo(closed);
                } else {
                    throw new AssertionError("unexpected dated command " + command.kind());
                }
            }
            assertThat(commands.get(1).payload()).isInstanceOf(AssignResponsibleWorker.class);
            assertThat(((AssignResponsibleWorker) commands.get(1).payload()).workerId())
                    .isEqualTo(planned.child().place().director());
            assertThat(((AssessRiskLevel) commands.get(2).payload()).level()).isEqualTo(planned.child().risk());
        }
    }

    @Test
    void commands_that_carry_a_reason_hand_it_to_the_metadata() {
        district.stream().flatMap(planned -> planned.commands().stream()).forEach(command -> {
            Object payload = command.payload();
            if (payload instanceof AssignResponsibleWorker assign) {
                assertThat(command.reason()).isEqualTo(assign.reason());
            } else if (payload instanceof AssessRiskLevel assess) {
                assertThat(command.reason()).isEqualTo(assess.reason());
            } else if (payload instanceof ChangeGuardianship change) {
                assertThat(command.reason()).isEqualTo(change.reason());
            } else if (payload instanceof CloseCase close) {
                assertThat(command.reason()).isNotNull().isEqualTo(close.reason());
            } else {
                assertThat(command.reason()).isNull();
            }
        });
    }

    @Test
    void the_district_looks_like_the_letter_s() {
        List<DemoChild> children = district.stream().map(Planned::child).toList();
        List<DemoChild> leftBehind = children.stream().filter(c -> c.category() == ChildCategory.LEFT_BEHIND).toList();
        long withGrandparents = leftBehind.stream().filter(c -> c.guardian().relation() == GuardianRelation.PATERNAL_GRANDPARENT
                || c.guardian().relation() == GuardianRelation.MATERNAL_GRANDPARENT).count();

        assertThat(leftBehind.size() / 600.0).isCloseTo(0.53, within(0.01));
        assertThat(withGrandparents / (double) leftBehind.size()).isCloseTo(0.97, within(0.01));
        assertThat(children.stream().map(c -> c.place().village()).distinct()).hasSize(42);
        assertThat(children).filteredOn(c -> c.category() == ChildCategory.URBAN_SUBSISTENCE)
                .allMatch(c -> c.place().community());
        assertThat(children).filteredOn(c -> c.category() == ChildCategory.ORPHAN)
                .allMatch(c -> c.guardian().relation() != GuardianRelation.PARENT);

        Map<RiskLevel, Long> risks = count(children.stream().map(DemoChild::risk).toList());
        assertThat(risks.get(RiskLevel.LOW)).isGreaterThan(300);
        assertThat(risks.get(RiskLevel.MEDIUM)).isBetween(60L, 200L);
        assertThat(risks.get(RiskLevel.HIGH)).isBetween(15L, 80L);
        assertThat(risks.get(RiskLevel.CRITICAL)).isBetween(3L, 25L);
    }

    @Test
    void a_living_ledger_some_overdue_some_transferred_some_helped_a_few_closed() {
        Map<String, Long> kinds = count(district.stream().flatMap(p -> p.commands().stream()).map(DemoCommand::kind).toList());
        long overdue = district.stream()
                .filter(p -> p.commands().stream().noneMatch(c -> c.payload() instanceof CloseCase))
                .filter(p -> lastVisit(p) == null || ChronoUnit.DAYS.between(lastVisit(p), TODAY) > 90)
                .count();
        long closedWithOutcome = district.stream().flatMap(p -> p.commands().stream())
                .filter(c -> c.payload() instanceof CloseIntervention close && close.outcome() != null).count();

        assertThat(kinds.get("RegisterChild")).isEqualTo(600);
        assertThat(kinds.get("AssignResponsibleWorker")).isEqualTo(600);
        assertThat(kinds.get("AssessRiskLevel")).isEqualTo(600);
        assertThat(kinds.get("RecordVisit")).isBetween(1_800L, 3_500L);
        assertThat(kinds.get("ChangeGuardianship")).isBetween(5L, 40L);
        assertThat(kinds.get("RaiseConcern")).isBetween(30L, 150L);
        assertThat(kinds.get("OpenIntervention")).isBetween(30L, 150L);
        assertThat(kinds.get("OpenIntervention")).isGreaterThan(closedWithOutcome);
        assertThat(closedWithOutcome).isGreaterThan(10);
        assertThat(kinds.get("NoteInterventionProgress")).isPositive();
        assertThat(kinds.get("CloseCase")).isBetween(3L, 30L);
        assertThat(overdue).isBetween(20L, 120L);
        // seeding speed: few commands per child
        assertThat(kinds.values().stream().mapToLong(Long::longValue).sum() / 600.0).isLessThan(9.0);
    }

    @Test
    void the_same_seed_gives_the_same_district_but_for_identifiers() {
        List<Planned> again = plan(2023, 600, TODAY);

        assertThat(again).hasSameSizeAs(district);
        for (int i = 0; i < district.size(); i++) {
            assertThat(withoutIds(again.get(i))).isEqualTo(withoutIds(district.get(i)));
        }
        assertThat(withoutIds(plan(2024, 600, TODAY).get(0))).isNotEqualTo(withoutIds(district.get(0)));
    }

    private static String withoutIds(Planned planned) {
        StringBuilder text = new StringBuilder(planned.child().residentId().value());
        planned.commands().forEach(command -> text.append('\n').append(command.payload()));
        return UUID.matcher(text).replaceAll("<id>");
    }

    private static LocalDate lastVisit(Planned planned) {
        return planned.commands().stream().filter(c -> c.payload() instanceof RecordVisit)
                .map(DemoCommand::day).max(LocalDate::compareTo).orElse(null);
    }

    private static <T> Map<T, Long> count(List<T> items) {
        Map<T, Long> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1L, Long::sum));
        return counts;
    }
}
