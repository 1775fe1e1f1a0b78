package org.shouhu.query.reports;

import org.shouhu.events.common.Area;
import org.shouhu.query.history.ChildHistoryProjection;
import org.shouhu.query.paging.Cursors;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/reports/late-entries?days=N}: facts recorded more than N days after
 * they happened (the date the worker gave against the day the server recorded it, in district
 * time), with who recorded them and where, in the reader's area. Only facts a worker observes
 * or does count (visits, concerns, intervention steps, guardianship transfers, residence
 * changes, closures and reopenings); the dates a registration copies from the past (a
 * guardian since birth) do not. No names: ids, areas, dates and the recording account.
 */
@RestController
@RequestMapping("/api/v1/reports/late-entries")
public class LateEntriesEndpoint {

    static final List<String> OBSERVED_FACTS = List.of("VisitRecorded", "ConcernRaised", "InterventionOpened",
            "InterventionProgressNoted", "InterventionClosed", "GuardianshipTransferred", "ResidenceChanged",
            "CaseClosed", "CaseReopened");
    private static final int MAX_DAYS = 3650;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final Clock clock;

    public LateEntriesEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = clock;
    }

    /**
     * @param capturedAt when the device captured the entry offline, null for one entered live: an
     *                   entry captured on time and synced late is late on the record, not in the work
     */
    public record LateEntry(String eventId, String childId, String type, LocalDate occurredOn, Instant recordedAt,
                            int daysLate, String recordedBy, String township, String village, long position,
                            Instant capturedAt) {
    }

    /** How many late entries each account recorded in each village: the report "by worker and area". */
    public record WorkerTally(String recordedBy, String township, String village, long lateEntries) {
    }

    public record LateEntries(int days, List<LateEntry> items, String nextCursor, List<WorkerTally> byWorker,
                              long position) {
    }

    @GetMapping
    public LateEntries lateEntries(@RequestParam(required = false) Integer days,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Long minPosition) {
        if (days == null || days < 0 || days > MAX_DAYS) {
            throw new InvalidParameter("days", "range", "days must be given, between 0 and " + MAX_DAYS);
        }
        int pageSize = Cursors.limit(limit);
        // the report joins the history to the roster (for the area): both must have read that far
        positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        long position = positions.awaitAtLeast(ChildHistoryProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("days", days)
                .addValue("zone", clock.getZone().getId())
                .addValue("types", OBSERVED_FACTS)
                .addValues(AreaRows.parameters(area).getValues())
                .addValue("limit", pageSize + 1);
        StringBuilder where = new StringBuilder(" WHERE h.type IN (:types)"
                + " AND (h.recorded_at AT TIME ZONE :zone)::date - h.occurred_on > :days")
                .append(AreaRows.condition(area, "c"));
        String from = " FROM read_model.child_history h JOIN read_model.child_file c ON c.child_id = h.child_id";
        StringBuilder page = new StringBuilder(where);
        if (cursor != null) {
            parameters.addValue("after", Cursors.number(cursor));
            page.append(" AND h.global_position > :after");
        }
        List<LateEntry> items = new ArrayList<>(jdbc.query("SELECT h.event_id, h.child_id, h.type, h.occurred_on,"
                        + " h.recorded_at, (h.recorded_at AT TIME ZONE :zone)::date - h.occurred_on AS days_late,"
                        + " h.actor_id, c.township, c.village, h.global_position, h.captured_at" + from + page
                        + " ORDER BY h.global_position LIMIT :limit", parameters,
                (rs, i) -> new LateEntry(rs.getString("event_id"), rs.getString("child_id"), rs.getString("type"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getInt("days_late"), rs.getString("actor_id"), rs.getString("township"),
                        rs.getString("village"), rs.getLong("global_position"),
                        rs.getTimestamp("captured_at") == null ? null : rs.getTimestamp("captured_at").toInstant())));
        String next = Cursors.nextPage(items, pageSize, LateEntry::position);
        List<WorkerTally> tallies = jdbc.query("SELECT h.actor_id, c.township, c.village, count(*) AS late" + from + where
                        + " GROUP BY h.actor_id, c.township, c.village ORDER BY c.township, c.village, h.actor_id",
                parameters, (rs, i) -> new WorkerTally(rs.getString("actor_id"), rs.getString("township"),
                        rs.getString("village"), rs.getLong("late")));
        return new LateEntries(days, items, next, tallies, position);
    }
}
