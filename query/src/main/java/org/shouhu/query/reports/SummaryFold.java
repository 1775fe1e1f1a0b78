package org.shouhu.query.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shouhu.events.activities.ActivityType;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.common.Area;
import org.shouhu.events.workers.WorkerRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folds the stored events, in their order, into the figures of a {@link Summary}. It reads only
 * what is stored in plain text (areas, categories, relations, dates, counts), never the sealed
 * personal data, so it needs no keys and counts erased children like any other.
 */
final class SummaryFold {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RATE_SCALE = 4;
    private static final String GRANDPARENTS = "GRANDPARENTS";
    private static final String OTHERS = "OTHERS";

    private static final class ChildFacts {
        String township;
        String village;
        String category;
        String relation;
        String worker;
        boolean open = true;
        long visits;
        long opened;
        long closed;
    }

    private static final class WorkerFacts {
        String role;
        Area area;
        boolean active = true;
    }

    private final LocalDate from;
    private final LocalDate asOf;
    private final Map<String, ChildFacts> children = new HashMap<>();
    private final Map<String, WorkerFacts> workers = new HashMap<>();
    private final Map<String, long[]> activities = new LinkedHashMap<>();

    SummaryFold(LocalDate from, LocalDate asOf) {
        this.from = from;
        this.asOf = asOf;
        for (ActivityType type : ActivityType.values()) {
            activities.put(type.name(), new long[3]);
        }
    }

    /** Stored event types the figures depend on; the fold is fed those only. */
    static final java.util.List<String> TYPES = java.util.List.of("ChildRegistered", "ResidenceChanged",
            "CategoryChanged", "GuardianAssigned", "GuardianshipTransferred", "ResponsibleWorkerAssigned", "CaseClosed",
            "CaseReopened", "VisitRecorded", "InterventionOpened", "InterventionClosed", "WorkerRegistered",
            "WorkerAreaChanged", "WorkerRetired", "CareActivityRecorded");

    private Area scope = Area.DISTRICT;

    void scope(Area area) {
        this.scope = area;
    }

    void apply(String type, String aggregateId, String payload) {
        JsonNode event = read(payload);
        switch (type) {
            case "ChildRegistered" -> {
                ChildFacts child = new ChildFacts();
                child.township = event.path("township").asText();
                child.village = event.path("village").asText();
                child.category = event.path("primaryCategory").asText();
                children.put(aggregateId, child);
            }
            case "ResidenceChanged" -> child(aggregateId, child -> {
                child.township = event.path("township").asText();
                child.village = event.path("village").asText();
            });
            case "CategoryChanged" -> child(aggregateId, child -> child.category = event.path("primaryCategory").asText());
            case "GuardianAssigned", "GuardianshipTransferred" ->
                    child(aggregateId, child -> child.relation = event.path("guardian").path("relation").asText(null));
            case "ResponsibleWorkerAssigned" -> child(aggregateId, child -> child.worker = event.path("workerId").asText());
            case "CaseClosed" -> child(aggregateId, child -> child.open = false);
            case "CaseReopened" -> child(aggregateId, child -> child.open = true);
            case "VisitRecorded" -> child(aggregateId, child -> child.visits += inPeriod(event, "occurredOn"));
            case "InterventionOpened" -> child(aggregateId, child -> child.opened += inPeriod(event, "openedOn"));
            case "InterventionClosed" -> child(aggregateId, child -> child.closed += inPeriod(event, "closedOn"));
            case "WorkerRegistered" -> {
                WorkerFacts worker = new WorkerFacts();
                worker.role = event.path("role").asText();
                worker.area = Area.parse(event.path("area").asText(null));
                workers.put(event.path("workerId").asText(), worker);
            }
            case "WorkerAreaChanged" -> worker(event, worker -> worker.area = Area.parse(event.path("area").asText(null)));
            case "WorkerRetired" -> worker(event, worker -> worker.active = false);
            case "CareActivityRecorded" -> {
                Area area = Area.parse(event.path("area").asText(null));
                if (inPeriod(event, "heldOn") == 1 && within(area)) {
                    long[] figures = activities.computeIfAbsent(event.path("type").asText(), key -> new long[3]);
                    figures[0]++;
                    figures[1] += event.path("participants").asLong();
                    figures[2] += event.path("materialsDistributed").asLong();
                }
            }
            default -> { }
        }
    }

    Summary summary() {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (ChildCategory category : ChildCategory.values()) {
            byCategory.put(category.name(), 0L);
        }
        Map<String, Long> byGuardian = new LinkedHashMap<>(Map.of(GRANDPARENTS, 0L, OTHERS, 0L));
        long open = 0;
        long covered = 0;
        long visits = 0;
        long opened = 0;
        long closed = 0;
        for (ChildFacts child : children.values()) {
            if (!scope.covers(child.township, child.village)) {
                continue;
            }
            visits += child.visits;
            opened += child.opened;
            closed += child.closed;
            if (!child.open) {
                continue;
            }
            open++;
            byCategory.merge(child.category, 1L, Long::sum);
            if (ChildCategory.LEFT_BEHIND.name().equals(child.category)) {
                boolean grandparents = "PATERNAL_GRANDPARENT".equals(child.relation)
                        || "MATERNAL_GRANDPARENT".equals(child.relation);
                byGuardian.merge(grandparents ? GRANDPARENTS : OTHERS, 1L, Long::sum);
            }
            WorkerFacts worker = child.worker == null ? null : workers.get(child.worker);
            if (worker != null && worker.active) {
                covered++;
            }
        }
        Map<String, Long> byRole = new LinkedHashMap<>();
        for (WorkerRole role : WorkerRole.values()) {
            byRole.put(role.name(), 0L);
        }
        long workforce = 0;
        for (WorkerFacts worker : workers.values()) {
            if (worker.active && within(worker.area)) {
                byRole.merge(worker.role, 1L, Long::sum);
                workforce++;
            }
        }
        Map<String, Summary.ActivityFigures> byType = new LinkedHashMap<>();
        activities.forEach((type, figures) -> byType.put(type, new Summary.ActivityFigures(figures[0], figures[1], figures[2])));
        BigDecimal coverage = open == 0 ? null
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(open), RATE_SCALE, RoundingMode.HALF_UP);
        return new Summary(asOf, from, scope.toString(), open, byCategory, byGuardian, byRole, workforce, byType, visits,
                opened, closed, coverage);
    }

    /** A worker or an activity counts for the scope when its area lies inside it. */
    private boolean within(Area area) {
        if (scope.isDistrict()) {
            return true;
        }
        if (area.township() == null || !area.township().equals(scope.township())) {
            return false;
        }
        return !scope.isVillage() || scope.village().equals(area.village());
    }

    private int inPeriod(JsonNode event, String field) {
        String text = event.path(field).asText(null);
        if (text == null) {
            return 0;
        }
        LocalDate day = LocalDate.parse(text);
        return day.isBefore(from) || day.isAfter(asOf) ? 0 : 1;
    }

    private void child(String childId, java.util.function.Consumer<ChildFacts> change) {
        ChildFacts child = children.get(childId);
        if (child != null) {
            change.accept(child);
        }
    }

    private void worker(JsonNode event, java.util.function.Consumer<WorkerFacts> change) {
        WorkerFacts worker = workers.get(event.path("workerId").asText());
        if (worker != null) {
            change.accept(worker);
        }
    }

    private static JsonNode read(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }
}
