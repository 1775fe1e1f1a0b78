package org.shouhu.query.reports;

import org.shouhu.events.common.Area;
import org.shouhu.query.history.ChildHistoryProjection;
import org.shouhu.query.paging.InvalidParameter;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.shouhu.query.visits.VisitDutyPolicy;
import org.shouhu.query.workforce.WorkforceProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/reports/accountability?from=&to=}: for each responsible worker of the
 * reader's area, the open cases in their care, the visits the policy asks for in the period
 * and those done, on time or late, the cases overdue at its end, and their training that year;
 * for each village, the open cases without an active responsible worker and the late entries.
 * <p>
 * A visit is on time when it came no later than the policy's interval after the visit before it
 * (or the registration); visits due = for each open case, the period's length divided by its
 * interval, rounded up.
 */
@RestController
@RequestMapping("/api/v1/reports/accountability")
public class AccountabilityEndpoint {

    private static final int RATE_SCALE = 4;

    private final NamedParameterJdbcTemplate jdbc;
    private final VisitDutyPolicy policy;
    private final ProjectionPositions positions;
    private final Clock clock;
    private final int lateAfterDays;

    public AccountabilityEndpoint(NamedParameterJdbcTemplate jdbc, VisitDutyPolicy policy, ProjectionPositions positions,
                                  Clock clock, @Value("${shouhu.reports.late-after-days:7}") int lateAfterDays) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.positions = positions;
        this.clock = clock;
        this.lateAfterDays = lateAfterDays;
    }

    public record WorkerAccount(String workerId, String role, String area, boolean active, int children, int visitsDue,
                                int visitsDone, int visitsOnTime, int visitsLate, int overdueAtEnd,
                                BigDecimal trainingHoursThisYear, boolean annualTrainingDone) {
    }

    public record PlaceAccount(String township, String village, int openCases, int withoutActiveWorker,
                               long lateEntries) {
    }

    public record Accountability(LocalDate from, LocalDate to, List<WorkerAccount> workers, List<PlaceAccount> places,
                                 BigDecimal coverageRate, long position) {
    }

    private record Child(String childId, String township, String village, String worker, String category, String risk,
                         LocalDate registeredOn, List<LocalDate> visits) {
    }

    @GetMapping
    public Accountability accountability(@RequestParam(required = false) LocalDate from,
                                         @RequestParam(required = false) LocalDate to,
                                         @RequestParam(required = false) Long minPosition) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidParameter("from", "range", "from must not be after to");
        }
        positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        positions.awaitAtLeast(WorkforceProjection.NAME, minPosition);
        long position = positions.awaitAtLeast(ChildHistoryProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaRows.parameters(area).addValue("from", start).addValue("to", end)
                .addValue("yearStart", end.withDayOfYear(1)).addValue("late", lateAfterDays)
                .addValue("types", LateEntriesEndpoint.OBSERVED_FACTS).addValue("zone", clock.getZone().getId());

        Map<String, Child> children = openChildren(area, parameters);
        Map<String, WorkerTotals> byWorker = new TreeMap<>();
        Map<String, int[]> byPlace = new TreeMap<>();
        int covered = 0;
        Map<String, Boolean> activeWorkers = new HashMap<>();
        jdbc.query("SELECT worker_id, active FROM read_model.worker", rs -> {
            activeWorkers.put(rs.getString(1), rs.getBoolean(2));
        });
        long periodDays = ChronoUnit.DAYS.between(start, end) + 1;
        for (Child child : children.values()) {
            int[] place = byPlace.computeIfAbsent(child.township() + "/" + child.village(), key -> new int[2]);
            place[0]++;
            boolean hasActiveWorker = child.worker() != null && activeWorkers.getOrDefault(child.worker(), false);
            if (hasActiveWorker) {
                covered++;
            } else {
                place[1]++;
            }
            if (child.worker() == null) {
                continue;
            }
            WorkerTotals totals = byWorker.computeIfAbsent(child.worker(), WorkerTotals::new);
            int interval = policy.intervalDays(child.category(), child.risk());
            totals.children++;
            // a child registered during the period is due visits only from its registration on
            long childDays = child.registeredOn().isAfter(start)
                    ? Math.max(0, ChronoUnit.DAYS.between(child.registeredOn(), end) + 1) : periodDays;
            totals.due += (int) ((childDays + interval - 1) / interval);
            LocalDate previous = child.registeredOn();
            for (LocalDate visit : child.visits()) {
                if (!visit.isBefore(start) && !visit.isAfter(end)) {
                    totals.done++;
                    if (ChronoUnit.DAYS.between(previous, visit) <= interval) {
                        totals.onTime++;
                    }
                }
                if (!visit.isAfter(end)) {
                    previous = visit;
                }
            }
            if (previous.plusDays(interval).isBefore(end)) {
                totals.overdue++;
            }
        }
        List<WorkerAccount> workers = workerAccounts(byWorker, area, parameters);
        Map<String, Long> late = lateEntries(area, parameters);
        List<PlaceAccount> places = new ArrayList<>();
        byPlace.forEach((key, counts) -> {
            String[] parts = key.split("/", 2);
            places.add(new PlaceAccount(parts[0], parts[1], counts[0], counts[1], late.getOrDefault(key, 0L)));
        });
        BigDecimal coverage = children.isEmpty() ? null
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(children.size()), RATE_SCALE, RoundingMode.HALF_UP);
        return new Accountability(start, end, workers, places, coverage, position);
    }

    private static final class WorkerTotals {
        final String workerId;
        int children;
        int due;
        int done;
        int onTime;
        int overdue;

        WorkerTotals(String workerId) {
            this.workerId = workerId;
        }
    }

    /** The open cases of the area, each with its visits in date order (by corrected dates, as the history keeps them). */
    private Map<String, Child> openChildren(Area area, MapSqlParameterSource parameters) {
        Map<String, Child> children = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT c.child_id, c.township, c.village, c.responsible_worker, c.primary_category, c.risk_level,"
                + " c.registered_on FROM read_model.child_file c WHERE c.status = 'OPEN'" + AreaRows.condition(area, "c")
                + " ORDER BY c.child_id", parameters, rs -> {
            children.put(rs.getString(1), new Child(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), new ArrayList<>()));
        });
        jdbc.query("SELECT h.child_id, h.occurred_on FROM read_model.child_history h JOIN read_model.child_file c"
                + " ON c.child_id = h.child_id WHERE h.type = 'VisitRecorded' AND c.status = 'OPEN'"
                + AreaRows.condition(area, "c") + " ORDER BY h.child_id, h.occurred_on", parameters, rs -> {
            Child child = children.get(rs.getString(1));
            if (child != null) {
                child.visits().add(rs.getObject(2, LocalDate.class));
            }
        });
        return children;
    }

    private List<WorkerAccount> workerAccounts(Map<String, WorkerTotals> byWorker, Area area,
                                               MapSqlParameterSource parameters) {
        List<WorkerAccount> accounts = new ArrayList<>();
        jdbc.query("SELECT w.worker_id, w.role, w.township, w.village, w.active, (SELECT coalesce(sum(t.hours), 0)"
                        + " FROM read_model.training t WHERE t.worker_id = w.worker_id AND t.completed_on BETWEEN :yearStart"
                        + " AND :to) AS hours FROM read_model.worker w ORDER BY w.township NULLS FIRST,"
                        + " w.village NULLS FIRST, w.worker_id", parameters, rs -> {
            String workerId = rs.getString("worker_id");
            Area workerArea = new Area(rs.getString("township"), rs.getString("village"));
            WorkerTotals totals = byWorker.get(workerId);
            boolean inScope = totals != null || area.isDistrict()
                    || (workerArea.township() != null && area.covers(workerArea.township(),
                    workerArea.village() == null ? area.village() : workerArea.village()));
            if (!inScope) {
                return;
            }
            WorkerTotals counted = totals == null ? new WorkerTotals(workerId) : totals;
            BigDecimal hours = rs.getBigDecimal("hours");
            accounts.add(new WorkerAccount(workerId, rs.getString("role"), workerArea.toString(),
                    rs.getBoolean("active"), counted.children, counted.due, counted.done, counted.onTime,
                    counted.done - counted.onTime, counted.overdue, hours, hours.signum() > 0));
        });
        return accounts;
    }

    /** Late entries in the period by village: facts recorded more than {@code shouhu.reports.late-after-days} after. */
    private Map<String, Long> lateEntries(Area area, MapSqlParameterSource parameters) {
        Map<String, Long> late = new HashMap<>();
        jdbc.query("SELECT c.township, c.village, count(*) FROM read_model.child_history h JOIN read_model.child_file c"
                + " ON c.child_id = h.child_id WHERE h.type IN (:types) AND h.occurred_on BETWEEN :from AND :to"
                + " AND (h.recorded_at AT TIME ZONE :zone)::date - h.occurred_on > :late" + AreaRows.condition(area, "c")
                + " GROUP BY c.township, c.village", parameters, rs -> {
            late.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        return late;
    }
}
