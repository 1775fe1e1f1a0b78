package org.shouhu.query.roster;

import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.paging.Cursors;
import org.shouhu.query.projections.ProjectionPositions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The information ledger: {@code GET /roster} and its count. */
@RestController
@RequestMapping("/api/v1/roster")
public class RosterEndpoint {

    private final RosterQueries queries;
    private final ProjectionPositions positions;
    private final AccessLog accessLog;

    public RosterEndpoint(RosterQueries queries, ProjectionPositions positions, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.queries = queries;
        this.positions = positions;
    }

    public record RosterPage(List<RosterItem> items, String nextCursor, long position) {
    }

    public record RosterCount(long count, long position) {
    }

    /** Query parameters: the filters of {@link RosterFilter.Parameters}, {@code limit}, {@code cursor}, {@code minPosition}. */
    @GetMapping
    public RosterPage roster(RosterFilter.Parameters filters,
                             @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Long minPosition) {
        RosterFilter filter = RosterFilter.of(filters);
        int pageSize = Cursors.limit(limit);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        RosterQueries.Page page = queries.page(filter, cursor, pageSize);
        accessLog.listed(page.items().stream().map(item -> UUID.fromString(item.childId())).toList(), "roster");
        return new RosterPage(page.items(), page.nextCursor(), position);
    }

    @GetMapping("/count")
    public RosterCount count(RosterFilter.Parameters filters, @RequestParam(required = false) Long minPosition) {
        RosterFilter filter = RosterFilter.of(filters);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        return new RosterCount(queries.count(filter), position);
    }
}
