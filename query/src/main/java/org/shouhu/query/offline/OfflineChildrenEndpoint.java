package org.shouhu.query.offline;

import org.shouhu.events.common.Area;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.childfile.ChildFiles;
import org.shouhu.query.paging.Cursors;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/offline/children}: the children a village director may capture entries for
 * offline, with the minimum personal data a device then holds: enough to find the child and to
 * know the record the entry is captured against (its version), nothing more. No resident ID, no
 * date of birth, no guardian, no notes: a lost phone must give away as little as possible.
 * Only open cases of the reader's own village, in the order of their ids.
 */
@RestController
@RequestMapping("/api/v1/offline/children")
public class OfflineChildrenEndpoint {

    private final NamedParameterJdbcTemplate jdbc;
    private final ChildFiles files;
    private final ProjectionPositions positions;
    private final AccessLog accessLog;

    public OfflineChildrenEndpoint(NamedParameterJdbcTemplate jdbc, ChildFiles files,
                                   ProjectionPositions positions, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.files = files;
        this.positions = positions;
        this.accessLog = accessLog;
    }

    /** @param version the child's version now (its ETag): what an entry captured offline names as X-Captured-Against-Version */
    public record OfflineChild(String childId, String name, String township, String village, long version,
                               String riskLevel, LocalDate lastVisitOn, String status,
                               List<OpenIntervention> openInterventions) {
    }

    public record OpenIntervention(String interventionId, String type, LocalDate openedOn) {
    }

    public record OfflineChildren(List<OfflineChild> items, String nextCursor, long position) {
    }

    @GetMapping
    public OfflineChildren children(@RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) Long minPosition) {
        Area area = Reader.current().area();
        if (!area.isVillage()) {
            // a township's or the district's children are too many, and too many people's, to carry on a phone
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Offline capture is for an account of one village;"
                    + " this account's area is " + area + ". Capture entries online, or use the account of the village.");
        }
        int pageSize = Cursors.limit(limit);
        UUID after = cursor == null ? null : Cursors.uuid(cursor);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        MapSqlParameterSource parameters = AreaRows.parameters(area).addValue("limit", pageSize + 1);
        StringBuilder where = new StringBuilder(" WHERE c.status = 'OPEN' AND NOT c.erased")
                .append(AreaRows.condition(area, "c"));
        if (after != null) {
            where.append(" AND c.child_id > :after");
            parameters.addValue("after", after);
        }
        List<OfflineChild> items = new ArrayList<>(jdbc.query("SELECT c.file::text AS file FROM read_model.child_file c"
                + where + " ORDER BY c.child_id LIMIT :limit", parameters,
                (rs, i) -> item(files.read(rs.getString("file")))));
        String next = Cursors.nextPage(items, pageSize, OfflineChild::childId);
        accessLog.listed(items.stream().map(item -> UUID.fromString(item.childId())).toList(), "offline-cache");
        return new OfflineChildren(items, next, position);
    }

    private static OfflineChild item(ChildFile file) {
        List<OpenIntervention> open = file.interventions.stream().filter(i -> "OPEN".equals(i.status))
                .map(i -> new OpenIntervention(i.interventionId, i.type, i.openedOn)).toList();
        return new OfflineChild(file.childId, file.name, file.township, file.village, file.version, file.riskLevel,
                file.lastVisitOn, file.status, open);
    }
}
