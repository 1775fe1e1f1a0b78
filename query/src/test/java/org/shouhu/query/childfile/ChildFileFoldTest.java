package org.shouhu.query.childfile;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ChildRegistered;
import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.concerns.ConcernClosed;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianAssigned;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.guardianship.GuardianshipTransferred;
import org.shouhu.events.interventions.InterventionClosed;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.visits.VisitRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The one fold from events to a child's file, including corrections. */
class ChildFileFoldTest {

    private final ChildId child = ChildId.generate();
    private final List<DomainEventMessage<?>> stream = new ArrayList<>();

    private DomainEventMessage<?> record(Object event) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("ChildCase", child.toString(), stream.size(), event);
        stream.add(message);
        return message;
    }

    private ChildFile fold() {
        ChildFile file = null;
        for (DomainEventMessage<?> message : stream) {
            file = ChildFileFold.apply(file, message);
        }
        return file;
    }

    private static Guardian guardian(String name, GuardianRelation relation) {
        return new Guardian(new PersonName(name), relation, new PhoneNumber("13800001111"), null);
    }

    @Test
    void a_whole_case_folds_into_its_current_file() {
        String first17 = "51090420150312123";
        DomainEventMessage<?> registration = record(new ChildRegistered(child, new PersonName("张小雨"), Sex.FEMALE,
                LocalDate.of(2015, 3, 12), new ResidentId(first17 + ResidentId.checkCharacter(first17)),
                new Township("石洞镇"), new Village("青龙村"), ChildCategory.LEFT_BEHIND, Set.of(ChildCategory.ORPHAN),
                ParentsMigration.UNKNOWN, LocalDate.of(2024, 1, 10)));
        Guardian grandmother = guardian("张奶奶", GuardianRelation.PATERNAL_GRANDPARENT);
        DomainEventMessage<?> firstGuardian = record(new GuardianAssigned(child, grandmother, LocalDate.of(2020, 9, 1)));
        record(new GuardianshipTransferred(child, grandmother, guardian("李秀英", GuardianRelation.OTHER_RELATIVE),
                LocalDate.of(2024, 3, 1)));
        DomainEventMessage<?> visit = record(new VisitRecorded(child, VisitId.generate(), LocalDate.of(2024, 5, 1),
                VisitKind.HOME, true, new Notes("fine"), List.of()));
        record(new VisitRecorded(child, VisitId.generate(), LocalDate.of(2024, 4, 1), VisitKind.PHONE, false,
                new Notes("recorded late"), List.of()));
        ConcernId concern = ConcernId.generate();
        record(new ConcernRaised(child, concern, LocalDate.of(2024, 5, 10), ConcernSource.SCHOOL, new Notes("absent"),
                ConcernSeverity.HIGH, Instant.parse("2024-05-13T02:00:00Z")));
        ConcernId closedConcern = ConcernId.generate();
        // as recorded before severities existed
        record(new ConcernRaised(child, closedConcern, LocalDate.of(2024, 5, 20), ConcernSource.NEIGHBOUR,
                new Notes("noise"), null, null));
        record(new ConcernClosed(child, closedConcern, LocalDate.of(2024, 5, 21)));
        InterventionId intervention = InterventionId.generate();
        record(new InterventionOpened(child, intervention, InterventionType.LEGAL_AID, new Notes("goal"),
                LocalDate.of(2024, 5, 11), concern));
        record(new InterventionOpened(child, InterventionId.generate(), InterventionType.OTHER, new Notes("second"),
                LocalDate.of(2024, 5, 12), null));
        record(new InterventionClosed(child, intervention, LocalDate.of(2024, 6, 1), InterventionOutcome.PARTLY_MET, null));
        record(new RiskLevelAssessed(child, RiskLevel.HIGH, null));
        record(new EntryCorrected(child, EventId.of(registration.getIdentifier()), "ChildRegistered", "name", "张晓雨"));
        record(new EntryCorrected(child, EventId.of(visit.getIdentifier()), "VisitRecorded", "occurredOn", "2024-03-01"));
        record(new EntryCorrected(child, EventId.of(firstGuardian.getIdentifier()), "GuardianAssigned", "phone", "13911112222"));

        ChildFile file = fold();

        assertThat(file.name).as("corrected name").isEqualTo("张晓雨");
        assertThat(file.tags).containsExactly("ORPHAN");
        assertThat(file.guardian.name).isEqualTo("李秀英");
        assertThat(file.guardian.phone).as("a correction of a past guardian leaves the current one")
                .isEqualTo("13800001111");
        assertThat(file.visits).isEqualTo(2);
        assertThat(file.lastVisitOn).as("latest visit after the correction moved one back").isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(file.concerns).extracting(c -> c.status, c -> c.severity, c -> c.closedOn)
                .as("one answered by the intervention opened for it, one closed at triage").containsExactly(
                        tuple("ANSWERED", "HIGH", null), tuple("CLOSED", null, LocalDate.of(2024, 5, 21)));
        assertThat(file.openInterventions()).isEqualTo(1);
        assertThat(file.interventions.get(0).outcome).isEqualTo("PARTLY_MET");
        assertThat(file.riskLevel).isEqualTo("HIGH");
        assertThat(file.status).isEqualTo("OPEN");
        assertThat(file.version).isEqualTo(stream.size() - 1);
    }

    @Test
    void a_closed_case_shows_its_closure() {
        String first17 = "51090420150312125";
        record(new ChildRegistered(child, new PersonName("王小明"), Sex.MALE, LocalDate.of(2015, 3, 12),
                new ResidentId(first17 + ResidentId.checkCharacter(first17)), new Township("拦江镇"),
                new Village("红星村"), ChildCategory.ORPHAN, Set.of(), null, LocalDate.of(2024, 1, 10)));
        record(new CaseClosed(child, LocalDate.of(2024, 5, 1)));

        ChildFile file = fold();

        assertThat(file.status).isEqualTo("CLOSED");
        assertThat(file.closedOn).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(file.guardian).isNull();
    }
}
