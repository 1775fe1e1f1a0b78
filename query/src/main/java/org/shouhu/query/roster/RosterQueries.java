package org.shouhu.query.roster;

import org.shouhu.query.paging.Cursors;
import org.shouhu.query.visits.VisitDutyPolicy;
import org.shouhu.query.paging.InvalidParameter;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the ledger with its filters, in a stable order (township, village, name, child id)
 * with keyset paging, so that a page never repeats or skips a child while others are added.
 */
@Component
public class RosterQueries {

    private static final int CURSOR_PARTS = 1;

    /** Rows per round trip when the whole ledger is read, for an export. */
    private static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final VisitDutyPolicy visitDue;
    private final Clock clock;

    public RosterQueries(NamedParameterJdbcTemplate jdbc, DataSource dataSource, VisitDutyPolicy visitDue,
                         Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.visitDue = visitDue;
        this.clock = clock;
    }

    /**
     * Every child the filter and the reader's area select, in the roster's order, as its file
     * (JSON) with its id, streamed: call it inside a read-only transaction so that PostgreSQL
     * hands the rows over in batches. Erased children have nothing left to export and are left out.
     */
    public void forEachFile(RosterFilter filter, RowCallbackHandler child) {
        streaming.query("SELECT c.child_id, c.file::text AS file FROM read_model.child_file c" + where(filter)
                + " AND NOT c.erased ORDER BY c.township, c.village, c.name, c.child_id", parameters(filter), child);
    }

    public record Page(List<RosterItem> items, String nextCursor) {
    }

    public Page page(RosterFilter filter, String cursor, int limit) {
        Query query = pageQuery(filter, cursor, limit);
        List<RosterItem> items = new ArrayList<>(jdbc.query(query.sql(), query.parameters(), ITEM));
        return new Page(items, Cursors.nextPage(items, limit, RosterItem::childId));
    }

    /** A query as it is sent, with its parameters: what {@code EXPLAIN} looks at in the plan checks. */
    public record Query(String sql, MapSqlParameterSource parameters) {
    }

    /** The SQL of a roster page for the filter and the reader's area (one row more than the page, to know of a next). */
    public Query pageQuery(RosterFilter filter, String cursor, int limit) {
        MapSqlParameterSource parameters = parameters(filter);
        StringBuilder where = where(filter);
        if (cursor != null) {
            // the cursor names only the last child shown: names must not travel in URLs and access logs
            UUID after = afterChild(cursor);
            where.append(" AND (c.township, c.village, c.name, c.child_id) > (SELECT a.township, a.village, a.name,"
                    + " a.child_id FROM read_model.child_file a WHERE a.child_id = :after)");
            parameters.addValue("after", after);
        }
        parameters.addValue("limit", limit + 1);
        return new Query("SELECT c.*, " + visitDue.nextVisitDueSql() + " AS next_visit_due, " + visitDue.overdueSql()
                + " AS overdue, (c.status = 'OPEN' AND c.next_review_on < :today) AS review_overdue"
                + " FROM read_model.child_file c" + where + " ORDER BY c.township, c.village, c.name, c.child_id"
                + " LIMIT :limit", parameters);
    }

    private UUID afterChild(String cursor) {
        try {
            UUID after = UUID.fromString(Cursors.decode(cursor, CURSOR_PARTS).get(0));
            Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM read_model.child_file WHERE child_id = :id)",
                    new MapSqlParameterSource("id", after), Boolean.class);
            if (Boolean.TRUE.equals(known)) {
                return after;
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below like any cursor this list did not hand out
        }
        throw new InvalidParameter("cursor", "cursor", "cursor is not one this list handed out (or the roster was rebuilt)");
    }

    public long count(RosterFilter filter) {
        return jdbc.queryForObject("SELECT count(*) FROM read_model.child_file c" + where(filter),
                parameters(filter), Long.class);
    }

    private MapSqlParameterSource parameters(RosterFilter filter) {
        return AreaRows.parameters(Reader.current().area())
                .addValue("today", LocalDate.now(clock))
                .addValue("township", filter.township())
                .addValue("village", filter.village())
                .addValue("category", filter.category() == null ? null : filter.category().name())
                .addValue("risk", filter.risk() == null ? null : filter.risk().name())
                .addValue("status", filter.status())
                .addValue("worker", filter.worker());
    }

    private StringBuilder where(RosterFilter filter) {
        // the reader's area bounds every filter: a director's roster is her village; a record merged
        // into another is the same child, shown once, under the survivor
        StringBuilder where = new StringBuilder(" WHERE c.status <> 'MERGED'")
                .append(AreaRows.condition(Reader.current().area(), "c"));
        if (filter.township() != null) {
            where.append(" AND c.township = :township");
        }
        if (filter.village() != null) {
            where.append(" AND c.village = :village");
        }
        if (filter.category() != null) {
            where.append(" AND c.primary_category = :category");
        }
        if (filter.risk() != null) {
            where.append(" AND c.risk_level = :risk");
        }
        if (filter.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (filter.worker() != null) {
            where.append(" AND c.responsible_worker = :worker");
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " AND " : " AND NOT ").append(visitDue.overdueSql());
        }
        return where;
    }

    private static final RowMapper<RosterItem> ITEM = (rs, i) -> new RosterItem(
            rs.getString("child_id"), rs.getBoolean("erased") ? null : rs.getString("name"), rs.getString("township"),
            rs.getString("village"),
            rs.getString("primary_category"), rs.getString("guardian_relation"), rs.getString("responsible_worker"),
            rs.getObject("last_visit_on", LocalDate.class), rs.getObject("next_visit_due", LocalDate.class),
            rs.getBoolean("overdue"), rs.getString("risk_level"), rs.getInt("open_interventions"),
            rs.getString("status"), rs.getInt("active_flags"), rs.getObject("next_review_on", LocalDate.class),
            rs.getBoolean("review_overdue"), rs.getBoolean("erased"), rs.getLong("version"));
}
