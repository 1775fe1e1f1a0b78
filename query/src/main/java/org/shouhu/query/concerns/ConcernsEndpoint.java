package org.shouhu.query.concerns;

import org.shouhu.events.common.Area;
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

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/v1/concerns?status=UNTRIAGED}: the concerns of the reader's area and where
 * their triage stands, the nearest deadline first; {@code escalated=true} keeps those the system
 * escalated to the supervisor, {@code overdue=true} those untriaged past their deadline now.
 * Ids, areas and dates, no names or descriptions.
 */
@RestController
@RequestMapping("/api/v1/concerns")
public class ConcernsEndpoint {

    private static final Set<String> STATUSES = Set.of("UNTRIAGED", "ANSWERED", "CLOSED");
    /** Concerns without a deadline (recorded before severities existed) sort after every other. */
    private static final String DEADLINE_ORDER = "COALESCE(%s.triage_by, 'infinity'::timestamptz)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final Clock clock;

    public ConcernsEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = clock;
    }

    public record Concern(String concernId, String childId, String township, String village, String source,
                          String severity, LocalDate occurredOn, Instant raisedAt, String raisedBy, Instant triageBy,
                          boolean overdue, String status, LocalDate triagedOn, String interventionId,
                          Instant escalatedAt) {
    }

    public record Concerns(List<Concern> items, String nextCursor, long position) {
    }

    @GetMapping
    public Concerns concerns(@RequestParam(required = false, defaultValue = "UNTRIAGED") String status,
                             @RequestParam(required = false) Boolean escalated,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Long minPosition) {
        if (!STATUSES.contains(status)) {
            throw new InvalidParameter("status", "enum", "status must be UNTRIAGED, ANSWERED or CLOSED");
        }
        int pageSize = Cursors.limit(limit);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        Instant now = clock.instant();
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaRows.parameters(area).addValue("status", status)
                .addValue("now", Timestamp.from(now)).addValue("limit", pageSize + 1);
        StringBuilder where = new StringBuilder(" WHERE c.status = :status").append(AreaRows.condition(area, "c"));
        if (escalated != null) {
            where.append(escalated ? " AND c.escalated_at IS NOT NULL" : " AND c.escalated_at IS NULL");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" AND c.status = 'UNTRIAGED' AND c.triage_by < :now");
        }
        if (cursor != null) {
            parameters.addValue("after", Cursors.uuid(cursor));
            where.append(" AND (").append(DEADLINE_ORDER.formatted("c")).append(", c.concern_id) > (SELECT ")
                    .append(DEADLINE_ORDER.formatted("d"))
                    .append(", d.concern_id FROM read_model.concern d WHERE d.concern_id = :after)");
        }
        List<Concern> items = new ArrayList<>(jdbc.query("SELECT c.* FROM read_model.concern c" + where
                + " ORDER BY " + DEADLINE_ORDER.formatted("c") + ", c.concern_id LIMIT :limit", parameters, (rs, i) -> {
            Instant triageBy = instant(rs.getTimestamp("triage_by"));
            String rowStatus = rs.getString("status");
            return new Concern(rs.getString("concern_id"), rs.getString("child_id"), rs.getString("township"),
                    rs.getString("village"), rs.getString("source"), rs.getString("severity"),
                    rs.getObject("occurred_on", LocalDate.class), instant(rs.getTimestamp("raised_at")),
                    rs.getString("raised_by"), triageBy,
                    "UNTRIAGED".equals(rowStatus) && triageBy != null && triageBy.isBefore(now), rowStatus,
                    rs.getObject("triaged_on", LocalDate.class), rs.getString("intervention_id"),
                    instant(rs.getTimestamp("escalated_at")));
        }));
        return new Concerns(items, Cursors.nextPage(items, pageSize, Concern::concernId), position);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
