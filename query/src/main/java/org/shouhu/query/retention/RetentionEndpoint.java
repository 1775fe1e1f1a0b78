package org.shouhu.query.retention;

import org.shouhu.query.paging.Cursors;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/retention/due}: the closed cases whose retention period has ended on a day
 * (today by default), for the bureau to erase. Ids, areas and dates only: no personal data.
 */
@RestController
@RequestMapping("/api/v1/retention")
public class RetentionEndpoint {

    private final NamedParameterJdbcTemplate jdbc;
    private final RetentionPolicy policy;
    private final ProjectionPositions positions;
    private final Clock clock;

    public RetentionEndpoint(NamedParameterJdbcTemplate jdbc, RetentionPolicy policy, ProjectionPositions positions,
                             Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.positions = positions;
        this.clock = clock;
    }

    public record DueCase(String childId, String township, String village, LocalDate closedOn, LocalDate dueOn) {
    }

    public record DuePage(List<DueCase> items, String nextCursor, long position, int yearsAfterClosure,
                          int yearsAfterComingOfAge) {
    }

    @GetMapping("/due")
    public DuePage due(@RequestParam(required = false) LocalDate on,
                       @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) String cursor,
                       @RequestParam(required = false) Long minPosition) {
        int pageSize = Cursors.limit(limit);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("day", on == null ? LocalDate.now(clock) : on)
                .addValue("limit", pageSize + 1);
        String after = "";
        if (cursor != null) {
            parameters.addValue("after", Cursors.uuid(cursor));
            after = " AND c.child_id > :after";
        }
        List<DueCase> items = new ArrayList<>(jdbc.query("SELECT c.child_id, c.township, c.village,"
                + " (c.file->>'closedOn')::date AS closed_on, " + policy.dueOnSql() + " AS due_on"
                + " FROM read_model.child_file c WHERE c.status = 'CLOSED' AND NOT c.erased"
                + " AND " + policy.dueOnSql() + " <= :day" + after + " ORDER BY c.child_id LIMIT :limit", parameters,
                (rs, i) -> new DueCase(rs.getString("child_id"), rs.getString("township"), rs.getString("village"),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class))));
        return new DuePage(items, Cursors.nextPage(items, pageSize, DueCase::childId), position, policy.yearsAfterClosure(), policy.yearsAfterComingOfAge());
    }
}
