package org.shouhu.events.corrections;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which fields of which recorded facts may be corrected, by event type. Identity facts that
 * other rules depend on (resident ID, date of birth) are not correctable: a wrong resident ID
 * is a wrong registration, not a typo.
 */
public final class CorrectableField {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "ChildRegistered", List.of("name", "sex"),
            "GuardianAssigned", List.of("guardianName", "phone"),
            "GuardianshipTransferred", List.of("guardianName", "phone"),
            "VisitRecorded", List.of("findings", "occurredOn", "kind", "childSeen"),
            "ConcernRaised", List.of("description", "occurredOn"),
            "InterventionOpened", List.of("goal", "openedOn"),
            "InterventionProgressNoted", List.of("note", "occurredOn"),
            "InterventionClosed", List.of("note", "closedOn"));

    /** The correctable fields that hold a name, a phone number or free text. */
    private static final Set<String> PERSONAL = Set.of("name", "guardianName", "phone", "findings", "description",
            "goal", "note");

    private CorrectableField() {
    }

    public static Optional<List<String>> of(String eventType) {
        return Optional.ofNullable(FIELDS.get(eventType));
    }

    public static boolean isPersonal(String field) {
        return PERSONAL.contains(field);
    }

    public static boolean allows(String eventType, String field) {
        return of(eventType).map(fields -> fields.contains(field)).orElse(false);
    }
}
