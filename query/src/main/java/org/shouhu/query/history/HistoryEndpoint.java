package org.shouhu.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.paging.Cursors;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.ChildVisibility;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code GET /children/{id}/history}: every event of the child in order. */
@RestController
@RequestMapping("/api/v1/children")
public class HistoryEndpoint {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ProjectionPositions positions;
    private final ChildVisibility visibility;
    private final AccessLog accessLog;

    public HistoryEndpoint(JdbcTemplate jdbc, ObjectMapper objectMapper, ProjectionPositions positions,
                           ChildVisibility visibility, AccessLog accessLog) {
        this.visibility = visibility;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.positions = positions;
    }

    public record History(String childId, List<HistoryEntry> items, String nextCursor, long position) {
    }

    @GetMapping("/{childId}/history")
    public History history(@PathVariable UUID childId,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Long minPosition) {
        int pageSize = Cursors.limit(limit);
        long after = cursor == null ? -1 : Cursors.number(cursor);
        long position = positions.awaitAtLeast(ChildHistoryProjection.NAME, minPosition);
        positions.awaitAtLeast(RosterProjection.NAME, minPosition); // where the child lives, for its visibility
        visibility.requireVisible(childId);
        List<HistoryEntry> items = new ArrayList<>(jdbc.query("""
                        SELECT * FROM read_model.child_history WHERE child_id = ? AND sequence > ?
                         ORDER BY sequence LIMIT ?""", (rs, i) -> entry(rs), childId, after, pageSize + 1));
        if (items.isEmpty() && cursor == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child with this id");
        }
        String next = Cursors.nextPage(items, pageSize, HistoryEntry::sequence);
        accessLog.childRead(childId, "history");
        return new History(childId.toString(), items, next, position);
    }

    private static final String CORRECTION = "EntryCorrected";

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private HistoryEntry entry(ResultSet rs) throws SQLException {
        try {
            JsonNode data = objectMapper.readTree(rs.getString("data"));
            String type = rs.getString("type");
            return new HistoryEntry(rs.getString("event_id"), type, rs.getLong("sequence"),
                    rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                    new HistoryEntry.Actor(rs.getString("actor_id"), rs.getString("actor_role")),
                    rs.getString("reason"), rs.getString("summary"), data, rs.getString("corrected_by"),
                    CORRECTION.equals(type) ? data.path("correctedEventId").asText(null) : null,
                    instant(rs.getTimestamp("captured_at")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored history entry is not readable", e);
        }
    }
}
