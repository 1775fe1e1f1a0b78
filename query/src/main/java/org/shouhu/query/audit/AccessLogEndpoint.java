package org.shouhu.query.audit;

import org.shouhu.events.common.StorableTime;
import org.shouhu.query.paging.Cursors;
import org.shouhu.query.paging.InvalidParameter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code GET /audit/access}: who looked at which child, newest first (inspector and bureau). */
@RestController
@RequestMapping("/api/v1/audit/access")
public class AccessLogEndpoint {

    private final NamedParameterJdbcTemplate jdbc;

    public AccessLogEndpoint(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record AccessPage(List<AccessEntry> items, String nextCursor) {
    }

    @GetMapping
    public AccessPage entries(@RequestParam(required = false) UUID childId,
                              @RequestParam(required = false) String account,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) String cursor) {
        int pageSize = Cursors.limit(limit);
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", pageSize + 1);
        if (childId != null) {
            where.append(" AND child_id = :childId");
            parameters.addValue("childId", childId);
        }
        if (account != null && !account.isBlank()) {
            where.append(" AND account = :account");
            parameters.addValue("account", account.strip());
        }
        if (from != null) {
            where.append(" AND accessed_at >= :from");
            parameters.addValue("from", Timestamp.from(instant("from", from)));
        }
        if (to != null) {
            where.append(" AND accessed_at < :to");
            parameters.addValue("to", Timestamp.from(instant("to", to)));
        }
        if (cursor != null) {
            where.append(" AND id < :before");
            parameters.addValue("before", before(cursor));
        }
        List<AccessEntry> items = new ArrayList<>(jdbc.query("SELECT * FROM audit.access_log" + where
                + " ORDER BY id DESC LIMIT :limit", parameters, (rs, i) -> new AccessEntry(rs.getLong("id"),
                rs.getTimestamp("accessed_at").toInstant(), rs.getString("account"), rs.getString("role"),
                rs.getString("area"), rs.getString("child_id"), rs.getString("what"), rs.getString("query"),
                rs.getString("purpose"), rs.getString("client_address"))));
        return new AccessPage(items, Cursors.nextPage(items, pageSize, AccessEntry::id));
    }

    private static Instant instant(String parameter, String value) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "format", parameter + " must be an instant, e.g. 2024-05-01T00:00:00Z");
        }
        if (!StorableTime.holds(instant)) {
            throw new InvalidParameter(parameter, "range", parameter + " must fall in the years 1 to 9999");
        }
        return instant;
    }

    private static long before(String cursor) {
        try {
            return Long.parseLong(Cursors.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw new InvalidParameter("cursor", "cursor", "cursor is not one this list handed out");
        }
    }
}
