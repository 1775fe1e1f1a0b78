package org.shouhu.query.quality;

import org.shouhu.events.common.Area;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.workforce.WorkforceProjection;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/reports/data-quality?township=}: the open cases of the reader's area whose
 * record has gaps or contradictions ({@link Flaw}), per village and per responsible worker,
 * each flaw with its count and the children's ids (no names: a report every role may read),
 * and a completeness score: the share of open cases without any flaw.
 */
@RestController
@RequestMapping("/api/v1/reports/data-quality")
public class DataQualityEndpoint {

    private static final int OF_AGE = 18;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final DataQualityProperties properties;
    private final Clock clock;

    public DataQualityEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions,
                               DataQualityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.properties = properties;
        this.clock = clock;
    }

    public record AreaQuality(String township, String village, long openCases, BigDecimal completeness,
                              Map<Flaw, QualityTally.Found> flaws) {
    }

    public record WorkerQuality(String workerId, long openCases, BigDecimal completeness,
                                Map<Flaw, QualityTally.Found> flaws) {
    }

    public record DataQuality(LocalDate asOf, String area, int visitWithinDays, int unchangedAfterDays,
                              long openCases, BigDecimal completeness, List<AreaQuality> areas,
                              List<WorkerQuality> workers, long position) {
    }

    @GetMapping
    public DataQuality report(@RequestParam(required = false) String township,
                              @RequestParam(required = false) Long minPosition) {
        // the report joins the workers (a worker retired leaves his children without one): both read that far
        positions.awaitAtLeast(WorkforceProjection.NAME, minPosition);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        Area area = AreaRows.narrowed(Reader.current().area(), township);
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource parameters = AreaRows.parameters(area)
                .addValue("visitedSince", today.minusDays(properties.visitWithinDays()))
                .addValue("changedSince", Timestamp.from(clock.instant().minus(
                        java.time.Duration.ofDays(properties.unchangedAfterDays()))))
                .addValue("bornBefore", today.minusYears(OF_AGE).plusDays(1));
        QualityTally all = new QualityTally();
        Map<List<String>, QualityTally> byArea = new TreeMap<>(this::compareAreas);
        Map<String, QualityTally> byWorker = new TreeMap<>();
        jdbc.query("""
                SELECT c.child_id, c.township, c.village, c.responsible_worker,
                       c.guardian_relation IS NULL AS missing_guardian,
                       (c.responsible_worker IS NULL OR w.active IS NOT TRUE) AS missing_worker,
                       coalesce(c.file ->> 'residentId', '') = '' AS missing_resident_id,
                       (c.last_visit_on IS NULL OR c.last_visit_on < :visitedSince) AS no_recent_visit,
                       (c.file ->> 'dateOfBirth')::date < :bornBefore AS of_age,
                       (c.primary_category = 'LEFT_BEHIND' AND c.file -> 'parents' ->> 'father' = 'AT_HOME'
                           AND c.file -> 'parents' ->> 'mother' = 'AT_HOME') AS parents_at_home,
                       (c.file ->> 'lastChangedAt')::timestamptz < :changedSince AS not_kept_up
                  FROM read_model.child_file c
                  LEFT JOIN read_model.worker w ON w.worker_id = c.responsible_worker
                 WHERE c.status = 'OPEN' AND NOT c.erased""" + AreaRows.condition(area, "c"), parameters, row -> {
            String childId = row.getString("child_id");
            Set<Flaw> flaws = flaws(row);
            all.add(childId, flaws);
            byArea.computeIfAbsent(List.of(row.getString("township"), row.getString("village")),
                    key -> new QualityTally()).add(childId, flaws);
            String worker = row.getString("responsible_worker");
            if (worker != null) {
                byWorker.computeIfAbsent(worker, key -> new QualityTally()).add(childId, flaws);
            }
        });
        List<AreaQuality> areas = new ArrayList<>();
        byArea.forEach((key, tally) -> areas.add(new AreaQuality(key.get(0), key.get(1), tally.openCases(),
                tally.completeness(), tally.flaws())));
        List<WorkerQuality> workers = new ArrayList<>();
        byWorker.forEach((worker, tally) -> workers.add(new WorkerQuality(worker, tally.openCases(),
                tally.completeness(), tally.flaws())));
        return new DataQuality(today, area.isDistrict() ? "district" : area.toString(), properties.visitWithinDays(),
                properties.unchangedAfterDays(), all.openCases(), all.completeness(), areas, workers, position);
    }

    private static Set<Flaw> flaws(ResultSet row) throws SQLException {
        Set<Flaw> flaws = EnumSet.noneOf(Flaw.class);
        flag(flaws, row.getBoolean("missing_guardian"), Flaw.MISSING_GUARDIAN);
        flag(flaws, row.getBoolean("missing_worker"), Flaw.MISSING_WORKER);
        flag(flaws, row.getBoolean("missing_resident_id"), Flaw.MISSING_RESIDENT_ID);
        flag(flaws, row.getBoolean("no_recent_visit"), Flaw.NO_RECENT_VISIT);
        flag(flaws, row.getBoolean("of_age"), Flaw.OF_AGE_STILL_OPEN);
        flag(flaws, row.getBoolean("parents_at_home"), Flaw.LEFT_BEHIND_PARENTS_AT_HOME);
        flag(flaws, row.getBoolean("not_kept_up"), Flaw.NOT_KEPT_UP);
        return flaws;
    }

    private static void flag(Set<Flaw> flaws, boolean present, Flaw flaw) {
        if (present) {
            flaws.add(flaw);
        }
    }

    private int compareAreas(List<String> a, List<String> b) {
        int township = a.get(0).compareTo(b.get(0));
        return township != 0 ? township : a.get(1).compareTo(b.get(1));
    }
}
