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
import org.shouhu.events.child.ChildDataErased;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;
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
import java.util.Map;
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

    /** An event recorded at {@code at}, with the metadata the server gives it. */
    private DomainEventMessage<?> record(Object event, Instant at, Map<String, ?> metaData) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("ChildCase", child.toString(), stream.size(),
                event, metaData, java.util.UUID.randomUUID().toString(), at);
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

    private void registeredInQinglong() {
        String first17 = "51090420150312127";
        record(new ChildRegistered(child, new PersonName("李小花"), Sex.FEMALE, LocalDate.of(2015, 3, 12),
                new ResidentId(first17 + ResidentId.checkCharacter(first17)), new Township("石洞镇"),
                new Village("青龙村"), ChildCategory.LEFT_BEHIND, Set.of(), null, LocalDate.of(2024, 1, 10)));
    }

    @Test
    void a_held_risk_level_shows_as_a_conflict_beside_the_level_in_force_and_who_set_it() {
        registeredInQinglong();
        Instant assessedAt = Instant.parse("2024-05-02T01:00:00Z");
        record(new RiskLevelAssessed(child, RiskLevel.LOW, null), Instant.parse("2024-05-01T01:00:00Z"),
                Map.of("actorId", "director", "actorRole", "DIRECTOR", "reason", "first assessment"));
        record(new RiskLevelAssessed(child, RiskLevel.HIGH, RiskLevel.LOW), assessedAt,
                Map.of("actorId", "director", "actorRole", "DIRECTOR", "reason", "grandfather in hospital"));
        ConflictId conflictId = ConflictId.generate();
        Instant heldAt = Instant.parse("2024-05-03T01:00:00Z");
        record(new StaleRiskAssessmentHeld(child, conflictId, RiskLevel.MEDIUM, RiskLevel.HIGH, 1), heldAt,
                Map.of("actorId", "director-qinglong", "actorRole", "DIRECTOR", "reason", "grandmother looks after her",
                        "capturedAt", "2024-05-01T23:15:30Z", "capturedAgainstVersion", 1));

        ChildFile file = fold();

        assertThat(file.riskLevel).as("the held level is not in force").isEqualTo("HIGH");
        assertThat(file.conflicts).hasSize(1);
        ChildFile.Conflict conflict = file.conflicts.get(0);
        assertThat(conflict.conflictId).isEqualTo(conflictId.toString());
        assertThat(conflict.status).isEqualTo("OPEN");
        assertThat(conflict.resolution).isNull();
        assertThat(conflict.heldAt).isEqualTo(heldAt);
        assertThat(conflict.proposed).extracting(p -> p.level, p -> p.actorId, p -> p.actorRole, p -> p.reason,
                        p -> p.capturedAt, p -> p.capturedAgainstVersion)
                .containsExactly("MEDIUM", "director-qinglong", "DIRECTOR", "grandmother looks after her",
                        Instant.parse("2024-05-01T23:15:30Z"), 1L);
        assertThat(conflict.current).extracting(c -> c.level, c -> c.actorId, c -> c.at, c -> c.reason)
                .containsExactly("HIGH", "director", assessedAt, "grandfather in hospital");
        assertThat(conflict.superseded).isFalse();

        Instant resolvedAt = Instant.parse("2024-05-04T01:00:00Z");
        record(new ConflictResolved(child, conflictId, ConflictResolution.PROPOSED_APPLIED), resolvedAt,
                Map.of("actorId", "supervisor", "actorRole", "SUPERVISOR", "reason", "visited together"));
        record(new RiskLevelAssessed(child, RiskLevel.MEDIUM, RiskLevel.HIGH), resolvedAt,
                Map.of("actorId", "supervisor", "actorRole", "SUPERVISOR", "reason", "visited together"));

        ChildFile resolved = fold();

        assertThat(resolved.riskLevel).isEqualTo("MEDIUM");
        ChildFile.Conflict decided = resolved.conflicts.get(0);
        assertThat(decided.status).isEqualTo("RESOLVED");
        assertThat(decided.resolution).isEqualTo("PROPOSED_APPLIED");
        assertThat(decided.resolvedBy).isEqualTo("supervisor");
        assertThat(decided.resolvedAt).isEqualTo(resolvedAt);
        assertThat(decided.current.level).as("what was in force when it was held, kept").isEqualTo("HIGH");
        assertThat(resolved.trail.riskAssessment.actorId).as("who set the level now in force").isEqualTo("supervisor");
        assertThat(decided.superseded).as("a resolved conflict is not superseded by its own level").isFalse();
    }

    @Test
    void an_assessment_after_a_conflict_was_held_supersedes_it() {
        registeredInQinglong();
        record(new RiskLevelAssessed(child, RiskLevel.HIGH, null), Instant.parse("2024-05-02T01:00:00Z"),
                Map.of("actorId", "director", "reason", "grandfather in hospital"));
        record(new StaleRiskAssessmentHeld(child, ConflictId.generate(), RiskLevel.LOW, RiskLevel.HIGH, 0),
                Instant.parse("2024-05-03T01:00:00Z"), Map.of("actorId", "director-qinglong"));
        record(new RiskLevelAssessed(child, RiskLevel.CRITICAL, RiskLevel.HIGH), Instant.parse("2024-05-04T01:00:00Z"),
                Map.of("actorId", "supervisor", "reason", "left alone at night"));

        ChildFile.Conflict conflict = fold().conflicts.get(0);

        assertThat(conflict.superseded).isTrue();
        assertThat(conflict.current.level).as("what it was held against, as it was").isEqualTo("HIGH");
    }

    @Test
    void erasure_forgets_the_reasons_on_both_sides_of_a_conflict() {
        registeredInQinglong();
        record(new RiskLevelAssessed(child, RiskLevel.HIGH, null), Instant.parse("2024-05-02T01:00:00Z"),
                Map.of("actorId", "director", "reason", "grandfather in hospital"));
        record(new StaleRiskAssessmentHeld(child, ConflictId.generate(), RiskLevel.LOW, RiskLevel.HIGH, 0),
                Instant.parse("2024-05-03T01:00:00Z"), Map.of("actorId", "director-qinglong", "reason", "all well"));
        record(new CaseClosed(child, LocalDate.of(2024, 5, 10)));
        record(new ChildDataErased(child, LocalDate.of(2024, 6, 1)), Instant.parse("2024-06-01T01:00:00Z"),
                Map.of("actorId", "bureau", "reason", "retention ended"));

        ChildFile file = fold();

        ChildFile.Conflict conflict = file.conflicts.get(0);
        assertThat(conflict.proposed.reason).isNull();
        assertThat(conflict.current.reason).isNull();
        assertThat(file.trail.riskAssessment.reason).isNull();
        assertThat(conflict.proposed.level).as("levels are not personal data").isEqualTo("LOW");
        assertThat(conflict.current.actorId).isEqualTo("director");
    }

    @Test
    void a_file_with_its_conflicts_is_stored_and_read_back_whole() throws Exception {
        registeredInQinglong();
        record(new RiskLevelAssessed(child, RiskLevel.HIGH, null), Instant.parse("2024-05-02T01:00:00Z"),
                Map.of("actorId", "director", "reason", "grandfather in hospital"));
        record(new StaleRiskAssessmentHeld(child, ConflictId.generate(), RiskLevel.LOW, RiskLevel.HIGH, 0),
                Instant.parse("2024-05-03T01:00:00Z"), Map.of("actorId", "director-qinglong",
                        "capturedAt", "2024-05-01T23:15:30Z"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        ChildFile file = fold();

        ChildFile stored = json.readValue(json.writeValueAsString(file), ChildFile.class);

        assertThat(stored.conflicts).usingRecursiveFieldByFieldElementComparator().isEqualTo(file.conflicts);
        assertThat(stored.trail.riskAssessment).usingRecursiveComparison().isEqualTo(file.trail.riskAssessment);
    }
}
