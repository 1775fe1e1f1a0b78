package org.shouhu.query.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shouhu.events.common.Area;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.paging.InvalidParameter;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/reports/intervention-timelines?from=&to=&township=&type=}: per intervention
 * type and township, how many were opened and closed in the period, how long from the concern
 * to the first action (the opening of an intervention answering it) and from opening to
 * closure (median and 90th percentile in days, {@link Percentiles}), and the outcomes. What a
 * dashboard draws; no names.
 */
@RestController
@RequestMapping("/api/v1/reports/intervention-timelines")
public class InterventionTimelinesEndpoint {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ProjectionPositions positions;
    private final Clock clock;

    public InterventionTimelinesEndpoint(NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper,
                                         ProjectionPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.positions = positions;
        this.clock = clock;
    }

    /** @param openBeyondReview open at {@code to} with their next review date before it */
    public record Timeline(String type, String township, int opened, int closed, BigDecimal medianDaysConcernToAction,
                           Long p90DaysConcernToAction, BigDecimal medianDaysOpenToClose, Long p90DaysOpenToClose,
                           int openBeyondReview, Map<String, Integer> outcomes) {
    }

    public record Timelines(LocalDate from, LocalDate to, List<Timeline> items, long position) {
    }

    private static final class Tally {
        int opened;
        int closed;
        int beyondReview;
        final List<Long> concernToAction = new ArrayList<>();
        final List<Long> openToClose = new ArrayList<>();
        final Map<String, Integer> outcomes = new LinkedHashMap<>();

        Tally() {
            for (InterventionOutcome outcome : InterventionOutcome.values()) {
                outcomes.put(outcome.name(), 0);
            }
        }
    }

    @GetMapping
    public Timelines timelines(@RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String township,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) Long minPosition) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidParameter("from", "range", "from must not be after to");
        }
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaRows.parameters(area).addValue("township", township);
        Map<String, Tally> tallies = new TreeMap<>();
        jdbc.query("SELECT c.file::text FROM read_model.child_file c WHERE TRUE" + AreaRows.condition(area, "c")
                + (township == null ? "" : " AND c.township = :township"), parameters, row -> {
            ChildFile file = read(row.getString(1));
            for (ChildFile.Intervention intervention : file.interventions) {
                if (type != null && !type.equals(intervention.type)) {
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(intervention.type + "|" + file.township, key -> new Tally());
                if (within(intervention.openedOn, start, end)) {
                    tally.opened++;
                    concernOf(file, intervention.concernId).ifPresent(raised ->
                            tally.concernToAction.add(ChronoUnit.DAYS.between(raised, intervention.openedOn)));
                }
                boolean openAtEnd = intervention.closedOn == null || intervention.closedOn.isAfter(end);
                if (openAtEnd && intervention.nextReviewOn != null && intervention.nextReviewOn.isBefore(end)) {
                    tally.beyondReview++;
                }
                if (intervention.closedOn != null && within(intervention.closedOn, start, end)) {
                    tally.closed++;
                    tally.openToClose.add(ChronoUnit.DAYS.between(intervention.openedOn, intervention.closedOn));
                    tally.outcomes.merge(intervention.outcome, 1, Integer::sum);
                }
            }
        });
        List<Timeline> items = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            String[] parts = key.split("\\|", 2);
            tally.concernToAction.sort(null);
            tally.openToClose.sort(null);
            items.add(new Timeline(parts[0], parts[1], tally.opened, tally.closed,
                    Percentiles.median(tally.concernToAction), Percentiles.ninetieth(tally.concernToAction),
                    Percentiles.median(tally.openToClose), Percentiles.ninetieth(tally.openToClose), tally.beyondReview,
                    tally.outcomes));
        });
        return new Timelines(start, end, items, position);
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    private static java.util.Optional<LocalDate> concernOf(ChildFile file, String concernId) {
        return concernId == null ? java.util.Optional.empty() : file.concerns.stream()
                .filter(concern -> concern.concernId.equals(concernId)).map(concern -> concern.occurredOn).findFirst();
    }

    private ChildFile read(String json) {
        try {
            return objectMapper.readValue(json, ChildFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored child file is not readable", e);
        }
    }
}
