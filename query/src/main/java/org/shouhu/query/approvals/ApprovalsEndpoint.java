package org.shouhu.query.approvals;

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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/v1/approvals?status=PENDING}: the changes that wait on the supervisors of the
 * reader's area, oldest first, with how long each has waited. Ids and areas, no names.
 */
@RestController
@RequestMapping("/api/v1/approvals")
public class ApprovalsEndpoint {

    private static final Set<String> STATUSES = Set.of("PENDING", "APPROVED", "REJECTED");

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final Clock clock;

    public ApprovalsEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = clock;
    }

    public record Approval(String approvalId, String childId, String kind, String township, String village,
                           Instant requestedAt, String requestedBy, int waitingDays, String status, Instant decidedAt,
                           String decidedBy) {
    }

    public record Approvals(List<Approval> items, String nextCursor, long position) {
    }

    @GetMapping
    public Approvals approvals(@RequestParam(required = false, defaultValue = "PENDING") String status,
                               @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Long minPosition) {
        if (!STATUSES.contains(status)) {
            throw new InvalidParameter("status", "enum", "status must be PENDING, APPROVED or REJECTED");
        }
        int pageSize = Cursors.limit(limit);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = AreaRows.parameters(area).addValue("status", status)
                .addValue("limit", pageSize + 1);
        StringBuilder where = new StringBuilder(" WHERE a.status = :status").append(AreaRows.condition(area, "a"));
        if (cursor != null) {
            parameters.addValue("after", Cursors.uuid(cursor));
            where.append(" AND (a.requested_at, a.approval_id) > (SELECT b.requested_at, b.approval_id"
                    + " FROM read_model.approval b WHERE b.approval_id = :after)");
        }
        LocalDate today = LocalDate.now(clock);
        List<Approval> items = new ArrayList<>(jdbc.query("SELECT a.* FROM read_model.approval a" + where
                        + " ORDER BY a.requested_at, a.approval_id LIMIT :limit", parameters, (rs, i) -> {
            Instant requestedAt = rs.getTimestamp("requested_at").toInstant();
            return new Approval(rs.getString("approval_id"), rs.getString("child_id"), rs.getString("kind"),
                    rs.getString("township"), rs.getString("village"), requestedAt, rs.getString("requested_by"),
                    (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(requestedAt, clock.getZone()), today),
                    rs.getString("status"), rs.getTimestamp("decided_at") == null ? null
                    : rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"));
        }));
        return new Approvals(items, Cursors.nextPage(items, pageSize, Approval::approvalId), position);
    }
}
