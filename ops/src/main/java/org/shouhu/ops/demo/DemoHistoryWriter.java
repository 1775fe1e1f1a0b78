package org.shouhu.ops.demo;

import org.shouhu.command.child.AssessRiskLevel;
import org.shouhu.command.child.AssignResponsibleWorker;
import org.shouhu.command.child.CloseCase;
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
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.shouhu.ops.demo.DemoDice.w;

/**
 * Writes the history of one registered child as the commands that record it: its responsible
 * child director, its risk level, a year of patrol visits (more often the higher the risk; some
 * children overdue), for some a guardianship transfer, concerns, interventions opened, noted and
 * closed, and for a few the closure of the case.
 *
 * <p>Every date lies between the child's date of birth and today, never before the current
 * guardianship's start for a transfer, never before an intervention's opening for its notes and
 * closure; the dated commands come in the order of their dates, a closure last of all.
 */
final class DemoHistoryWriter {

    /** Visits come about every 90 days, the quarterly patrol of most categories ({@code shouhu.visits.*}). */
    static final int VISIT_DUE_DAYS = 90;
    private static final int MAX_VISITS = 16;

    private final DemoDice dice;
    private final DemoNames names;
    private final DemoTexts texts;
    private final LocalDate today;

    DemoHistoryWriter(DemoDice dice, LocalDate today) {
        this.dice = dice;
        this.names = new DemoNames(dice);
        this.texts = new DemoTexts(dice);
        this.today = today;
    }

    /** The commands after the registration, in the order to send them. */
    List<DemoCommand> historyOf(DemoChild child) {
        List<DemoCommand> history = new ArrayList<>();
        history.add(DemoCommand.of(new AssignResponsibleWorker(child.childId(), child.place().director(),
                DemoTexts.RESPONSIBLE_DIRECTOR), DemoTexts.RESPONSIBLE_DIRECTOR, null));
        var riskReason = texts.riskAssessment(child.risk());
        history.add(DemoCommand.of(new AssessRiskLevel(child.childId(), child.risk(), riskReason), riskReason, null));

        LocalDate first = latest(child.dateOfBirth(), today.minusDays(364));
        boolean closes = child.risk().compareTo(RiskLevel.MEDIUM) <= 0 && dice.chance(3);
        LocalDate end = closes
                ? latest(today.minusDays(dice.between(5, 120)), first, child.guardianSince())
                : today;

        List<DemoCommand> dated = new ArrayList<>();
        visits(child, first, end, closes, dated);
        if (!closes) {
            concernsAndInterventions(child, first, dated);
        }
        transfer(child, first, end, dated);
        dated.sort(Comparator.comparing(DemoCommand::day)); // stable: same-day commands keep their order
        history.addAll(dated);
        if (closes) {
            var reason = texts.closure(child.category());
            history.add(DemoCommand.of(new CloseCase(child.childId(), end, reason), reason, end));
        }
        return history;
    }

    // ---- visits ----------------------------------------------------------------------------

    private void visits(DemoChild child, LocalDate first, LocalDate end, boolean closes, List<DemoCommand> out) {
        int[] interval = switch (child.risk()) {
            case LOW -> new int[]{80, 110};
            case MEDIUM -> new int[]{50, 70};
            case HIGH -> new int[]{25, 40};
            case CRITICAL -> new int[]{12, 20};
        };
        int overduePercent = closes ? 0 : switch (child.risk()) {
            case LOW -> 14;
            case MEDIUM -> 10;
            case HIGH -> 6;
            case CRITICAL -> 0;
        };
        LocalDate last = dice.chance(overduePercent)
                ? end.minusDays(dice.between(VISIT_DUE_DAYS + 1, 200))
                : end.minusDays(dice.between(0, closes ? 30 : interval[0]));
        if (last.isBefore(first)) {
            last = dice.dayBetween(first, end); // a young child: visited since birth
        }
        List<RiskIndicator> indicators = indicatorsOf(child);
        List<DemoCommand> visits = new ArrayList<>();
        for (LocalDate day = last; !day.isBefore(first) && visits.size() < MAX_VISITS;
             day = day.minusDays(dice.between(interval[0], interval[1]))) {
            visits.add(visit(child, day, indicators));
        }
        Collections.reverse(visits);
        out.addAll(visits);
    }

    private DemoCommand visit(DemoChild child, LocalDate day, List<RiskIndicator> childIndicators) {
        int age = Period.between(child.dateOfBirth(), day).getYears();
        VisitKind kind = dice.weighted(w(70, 15, 15), VisitKind.HOME, VisitKind.SCHOOL, VisitKind.PHONE);
        if (kind == VisitKind.SCHOOL && age < 6) {
            kind = VisitKind.HOME;
        }
        boolean childSeen = kind == VisitKind.PHONE ? dice.chance(20) : dice.chance(96);
        List<RiskIndicator> seen = switch (child.risk()) {
            case LOW -> dice.chance(8)
                    ? List.of(dice.one(List.of(RiskIndicator.HEALTH_PROBLEM, RiskIndicator.PSYCHOLOGICAL_DISTRESS)))
                    : List.of();
            case MEDIUM -> dice.chance(60) ? childIndicators.subList(0, 1) : List.of();
            case HIGH -> dice.chance(85) ? childIndicators : List.of();
            case CRITICAL -> childIndicators;
        };
        return DemoCommand.of(new RecordVisit(child.childId(), VisitId.generate(), day, kind, childSeen,
                texts.visitFindings(kind, childSeen, seen, age, child.category() == ChildCategory.LEFT_BEHIND),
                seen), day);
    }

    /** What visitors keep seeing at this child's: none for a low risk, up to three for a critical one. */
    private List<RiskIndicator> indicatorsOf(DemoChild child) {
        int count = switch (child.risk()) {
            case LOW -> 0;
            case MEDIUM -> 1;
            case HIGH -> dice.between(1, 2);
            case CRITICAL -> dice.between(2, 3);
        };
        Set<RiskIndicator> pool = EnumSet.of(RiskIndicator.SIGNS_OF_NEGLECT, RiskIndicator.UNSAFE_HOUSING,
                RiskIndicator.HEALTH_PROBLEM, RiskIndicator.PSYCHOLOGICAL_DISTRESS);
        if (child.guardian().capacity() != GuardianCapacity.ADEQUATE) {
            pool.add(RiskIndicator.GUARDIAN_UNABLE_TO_CARE);
        }
        if (child.guardian().relation() != GuardianRelation.INSTITUTION && (child.category() == ChildCategory.ORPHAN
                || child.category() == ChildCategory.DE_FACTO_UNSUPPORTED || child.category() == ChildCategory.LEFT_BEHIND)) {
            pool.add(RiskIndicator.NO_ADULT_CARE);
        }
        int age = Period.between(child.dateOfBirth(), today).getYears();
        if (age >= 7) {
            pool.add(RiskIndicator.OUT_OF_SCHOOL);
        }
        if (age >= 12) {
            pool.add(RiskIndicator.AT_RISK_OF_OFFENDING);
        }
        if (child.risk() == RiskLevel.CRITICAL) {
            pool.add(RiskIndicator.SIGNS_OF_ABUSE);
        }
        List<RiskIndicator> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, dice.random());
        List<RiskIndicator> chosen = new ArrayList<>(shuffled.subList(0, Math.min(count, shuffled.size())));
        chosen.sort(Comparator.naturalOrder());
        return List.copyOf(chosen);
    }

    // ---- concerns and interventions -------------------------------------------------------

    private void concernsAndInterventions(DemoChild child, LocalDate first, List<DemoCommand> out) {
        int concernPercent = switch (child.risk()) {
            case LOW -> 3;
            case MEDIUM -> 25;
            case HIGH -> 60;
            case CRITICAL -> 100;
        };
        int interventionPercent = switch (child.risk()) {
            case LOW -> 50;
            case MEDIUM -> 60;
            case HIGH -> 90;
            case CRITICAL -> 100;
        };
        int concerns = dice.chance(concernPercent) ? (child.risk() == RiskLevel.CRITICAL ? dice.between(1, 2) : 1) : 0;
        for (int i = 0; i < concerns; i++) {
            LocalDate day = dice.dayBetween(first, today);
            ConcernSource source = dice.weighted(w(30, 25, 15, 10, 8, 5, 5, 2),
                    ConcernSource.VISIT, ConcernSource.SCHOOL, ConcernSource.NEIGHBOUR, ConcernSource.GUARDIAN,
                    ConcernSource.HOTLINE, ConcernSource.POLICE, ConcernSource.HOSPITAL, ConcernSource.CHILD);
            int age = Period.between(child.dateOfBirth(), day).getYears();
            if (age < 7 && (source == ConcernSource.SCHOOL || source == ConcernSource.POLICE
                    || source == ConcernSource.CHILD)) {
                source = ConcernSource.NEIGHBOUR;
            }
            ConcernId concernId = ConcernId.generate();
            // as grave as the child's risk: no extra roll of the dice, so the rest of the district stays as it was
            ConcernSeverity severity = ConcernSeverity.valueOf(child.risk().name());
            out.add(DemoCommand.of(new RaiseConcern(child.childId(), concernId, day, source, texts.concern(source),
                    severity), day));
            if (dice.chance(interventionPercent)) {
                LocalDate opened = earliest(day.plusDays(dice.between(0, 7)), today);
                intervention(child, interventionFor(source), opened, concernId, out);
            }
        }
        boolean withoutParentalCare = child.category() == ChildCategory.ORPHAN
                || child.category() == ChildCategory.DE_FACTO_UNSUPPORTED
                || child.category() == ChildCategory.EXTREME_POVERTY;
        if (withoutParentalCare && dice.chance(50)) {
            intervention(child, InterventionType.ONE_TO_ONE_ASSISTANCE, dice.dayBetween(first, today), null, out);
        }
    }

    private InterventionType interventionFor(ConcernSource source) {
        return switch (source) {
            case SCHOOL -> dice.one(List.of(InterventionType.EDUCATION_SUPPORT, InterventionType.REFERRAL_SCHOOL,
                    InterventionType.PSYCHOLOGICAL_COUNSELLING));
            case POLICE -> dice.one(List.of(InterventionType.LEGAL_EDUCATION, InterventionType.REFERRAL_POLICE));
            case HOSPITAL -> InterventionType.MEDICAL_ASSISTANCE;
            case HOTLINE -> dice.one(List.of(InterventionType.REFERRAL_POLICE, InterventionType.PSYCHOLOGICAL_COUNSELLING));
            case CHILD -> InterventionType.PSYCHOLOGICAL_COUNSELLING;
            case GUARDIAN -> dice.one(List.of(InterventionType.PSYCHOLOGICAL_COUNSELLING,
                    InterventionType.LIVING_ASSISTANCE));
            case VISIT, NEIGHBOUR, OTHER -> dice.one(List.of(InterventionType.ONE_TO_ONE_ASSISTANCE,
                    InterventionType.LIVING_ASSISTANCE));
        };
    }

    private void intervention(DemoChild child, InterventionType type, LocalDate opened, ConcernId concernId,
                              List<DemoCommand> out) {
        InterventionId interventionId = InterventionId.generate();
        out.add(DemoCommand.of(new OpenIntervention(child.childId(), interventionId, type, texts.goal(type), opened,
                concernId), opened));
        int daysOpen = (int) ChronoUnit.DAYS.between(opened, today);
        LocalDate closed = daysOpen >= 45 && dice.chance(60)
                ? opened.plusDays(dice.between(30, Math.min(150, daysOpen)))
                : null;
        if (dice.chance(50)) {
            LocalDate noted = dice.dayBetween(opened, closed != null ? closed : today);
            out.add(DemoCommand.of(new NoteInterventionProgress(child.childId(), interventionId, noted,
                    texts.progress(type)), noted));
        }
        if (closed != null) {
            InterventionOutcome outcome = dice.weighted(w(50, 30, 12, 8), InterventionOutcome.GOAL_MET,
                    InterventionOutcome.PARTLY_MET, InterventionOutcome.NOT_MET, InterventionOutcome.OTHER);
            out.add(DemoCommand.of(new CloseIntervention(child.childId(), interventionId, closed, outcome,
                    texts.outcome(outcome)), closed));
        }
    }

    // ---- guardianship --------------------------------------------------------------------

    private void transfer(DemoChild child, LocalDate first, LocalDate end, List<DemoCommand> out) {
        GuardianRelation from = child.guardian().relation();
        boolean transferable = from == GuardianRelation.PATERNAL_GRANDPARENT
                || from == GuardianRelation.MATERNAL_GRANDPARENT || from == GuardianRelation.OTHER_RELATIVE;
        if (!transferable || !dice.chance(4)) {
            return;
        }
        LocalDate earliest = latest(child.guardianSince().plusDays(1), first);
        if (earliest.isAfter(end)) {
            return;
        }
        LocalDate day = dice.dayBetween(earliest, end);
        GuardianRelation to = switch (from) {
            case PATERNAL_GRANDPARENT -> GuardianRelation.MATERNAL_GRANDPARENT;
            case MATERNAL_GRANDPARENT -> GuardianRelation.PATERNAL_GRANDPARENT;
            default -> GuardianRelation.OTHER_RELATIVE;
        };
        boolean male = dice.chance(to == GuardianRelation.OTHER_RELATIVE ? 50 : 40);
        PersonName name = to == GuardianRelation.OTHER_RELATIVE
                ? names.adult(male ? child.surname() : null, male)
                : names.grandparent(to == GuardianRelation.PATERNAL_GRANDPARENT && male ? child.surname() : null, male);
        Guardian guardian = new Guardian(name, to, dice.chance(95) ? names.mobile() : null,
                dice.chance(85) ? GuardianCapacity.ADEQUATE : GuardianCapacity.LIMITED);
        var reason = texts.guardianshipChange(from, to);
        out.add(DemoCommand.of(new ChangeGuardianship(child.childId(), guardian, day, reason), reason, day));
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate latest = first;
        for (LocalDate other : others) {
            if (other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
