package org.shouhu.query.reports;

import org.shouhu.events.common.Area;
import org.shouhu.query.history.ChildHistoryProjection;
import org.shouhu.query.paging.Cursors;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/reports/corrections}: every correction of an entry in the reader's area,
 * oldest first: which event it corrected, which field, why, who and when. The corrected value
 * is not shown (it may be a name); the child's history has it, access-logged.
 */
@RestController
@RequestMapping("/api/v1/reports/corrections")
public class CorrectionsEndpoint {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;

    public CorrectionsEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    public record Correction(String eventId, String childId, String correctedEventId, String field, String reason,
                             Instant recordedAt, String recordedBy, String township, String village, long position) {
    }

    public record Corrections(List<Correction> items, String nextCursor, long position) {
    }

    @GetMapping
    public Corrections corrections(@RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Long minPosition) {
        int pageSize = Cursors.limit(limit);
        positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        long position = positions.awaitAtLeast(ChildHistoryProjection.NAME, minPosition);
        Area area = Reader.current().area();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValues(AreaRows.parameters(area).getValues())
                .addValue("limit", pageSize + 1);
        StringBuilder where = new StringBuilder(" WHERE h.type = 'EntryCorrected'").append(AreaRows.condition(area, "c"));
        if (cursor != null) {
            parameters.addValue("after", Cursors.number(cursor));
            where.append(" AND h.global_position > :after");
        }
        List<Correction> items = new ArrayList<>(jdbc.query("SELECT h.event_id, h.child_id, h.data->>'correctedEventId' AS corrected,"
                        + " h.data->>'field' AS field, h.reason, h.recorded_at, h.actor_id, c.township, c.village,"
                        + " h.global_position FROM read_model.child_history h"
                        + " JOIN read_model.child_file c ON c.child_id = h.child_id" + where
                        + " ORDER BY h.global_position LIMIT :limit", parameters,
                (rs, i) -> new Correction(rs.getString("event_id"), rs.getString("child_id"), rs.getString("corrected"),
                        rs.getString("field"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor_id"), rs.getString("township"), rs.getString("village"),
                        rs.getLong("global_position"))));
        return new Corrections(items, Cursors.nextPage(items, pageSize, Correction::position), position);
    }
}
