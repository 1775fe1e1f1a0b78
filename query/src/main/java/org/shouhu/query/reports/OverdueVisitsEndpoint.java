package org.shouhu.query.reports;

import org.shouhu.events.common.Area;
import org.shouhu.query.paging.Cursors;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.shouhu.query.visits.VisitDutyPolicy;
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
 * {@code GET /api/v1/reports/overdue-visits}: the open cases whose visit is overdue today under
 * the visit-duty policy, by township, village and responsible worker, with days overdue. Ids,
 * areas and dates, no names: the dashboard sees it too.
 */
@RestController
@RequestMapping("/api/v1/reports/overdue-visits")
public class OverdueVisitsEndpoint {

    private static final String ORDER = "c.township, c.village, coalesce(c.responsible_worker, ''), c.child_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final VisitDutyPolicy policy;
    private final ProjectionPositions positions;
    private final Clock clock;

    public OverdueVisitsEndpoint(NamedParameterJdbcTemplate jdbc, VisitDutyPolicy policy, ProjectionPositions positions,
                                 Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.positions = positions;
        this.clock = clock;
    }

    public record OverdueChild(String childId, String township, String village, String responsibleWorker,
                               LocalDate lastVisitOn, LocalDate nextVisitDue, int daysOverdue) {
    }

    public record PlaceTally(String township, String village, String responsibleWorker, long overdue, int mostDaysOverdue) {
    }

    public record OverdueVisits(LocalDate today, List<OverdueChild> items, String nextCursor, List<PlaceTally> byPlace,
                                long position) {
    }

    @GetMapping
    public OverdueVisits overdue(@RequestParam(required = false) String township,
                                 @RequestParam(required = false) String village,
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Long minPosition) {
        int pageSize = Cursors.limit(limit);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        LocalDate today = LocalDate.now(clock);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaRows.parameters(area).addValue("today", today)
                .addValue("township", township).addValue("village", village).addValue("limit", pageSize + 1);
        String where = " WHERE " + policy.overdueSql() + AreaRows.condition(area, "c")
                + (township == null ? "" : " AND c.township = :township")
                + (village == null ? "" : " AND c.village = :village");
        String page = where;
        if (cursor != null) {
            parameters.addValue("after", Cursors.uuid(cursor));
            page += " AND (c.township, c.village, coalesce(c.responsible_worker, ''), c.child_id) > (SELECT a.township,"
                    + " a.village, coalesce(a.responsible_worker, ''), a.child_id FROM read_model.child_file a"
                    + " WHERE a.child_id = :after)";
        }
        String due = policy.nextVisitDueSql();
        List<OverdueChild> items = new ArrayList<>(jdbc.query("SELECT c.child_id, c.township, c.village,"
                        + " c.responsible_worker, c.last_visit_on, " + due + " AS due, :today - " + due + " AS days"
                        + " FROM read_model.child_file c" + page + " ORDER BY " + ORDER + " LIMIT :limit", parameters,
                (rs, i) -> new OverdueChild(rs.getString("child_id"), rs.getString("township"), rs.getString("village"),
                        rs.getString("responsible_worker"), rs.getObject("last_visit_on", LocalDate.class),
                        rs.getObject("due", LocalDate.class), rs.getInt("days"))));
        String next = Cursors.nextPage(items, pageSize, OverdueChild::childId);
        List<PlaceTally> tallies = jdbc.query("SELECT c.township, c.village, c.responsible_worker, count(*) AS overdue,"
                        + " max(:today - " + due + ") AS most FROM read_model.child_file c" + where
                        + " GROUP BY c.township, c.village, c.responsible_worker"
                        + " ORDER BY c.township, c.village, c.responsible_worker NULLS FIRST", parameters,
                (rs, i) -> new PlaceTally(rs.getString("township"), rs.getString("village"),
                        rs.getString("responsible_worker"), rs.getLong("overdue"), rs.getInt("most")));
        return new OverdueVisits(today, items, next, tallies, position);
    }
}
