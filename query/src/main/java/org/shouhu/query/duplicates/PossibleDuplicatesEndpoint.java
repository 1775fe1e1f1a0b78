package org.shouhu.query.duplicates;

import org.shouhu.events.common.Area;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /api/v1/reports/possible-duplicates?township=}: pairs of records of the reader's
 * area that may be one child registered twice, best score first, with why. The records are
 * read in order of sex and date of birth, each compared with the ones born within the
 * tolerance before it, so the work grows with the records, not with their pairs. Names are
 * shown (the reviewer must recognise the child): every child listed is entered in the access log.
 */
@RestController
@RequestMapping("/api/v1/reports/possible-duplicates")
public class PossibleDuplicatesEndpoint {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final DuplicateProperties properties;
    private final LookAlikeRule rule;
    private final AccessLog accessLog;

    public PossibleDuplicatesEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions,
                                      DuplicateProperties properties, LookAlikeRule rule, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.properties = properties;
        this.rule = rule;
        this.accessLog = accessLog;
    }

    /** @param pairsFound all pairs found; {@code pairs} holds the best of them, at most shouhu.duplicates.max-pairs */
    public record PossibleDuplicates(List<LookAlikeRule.Pair> pairs, long pairsFound, long position) {
    }

    @GetMapping
    public PossibleDuplicates pairs(@RequestParam(required = false) String township,
                                    @RequestParam(required = false) Long minPosition) {
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        Area area = AreaRows.narrowed(Reader.current().area(), township);
        Comparator<LookAlikeRule.Pair> byScore = Comparator.comparing(LookAlikeRule.Pair::score);
        PriorityQueue<LookAlikeRule.Pair> best = new PriorityQueue<>(byScore);
        long[] found = {0};
        Deque<LookAlikeRule.Compared> window = new ArrayDeque<>();
        jdbc.query("""
                SELECT c.child_id, c.name, c.file ->> 'sex' AS sex, (c.file ->> 'dateOfBirth')::date AS born,
                       c.township, c.village, c.file -> 'guardian' ->> 'name' AS guardian, c.status
                  FROM read_model.child_file c WHERE NOT c.erased AND c.status <> 'MERGED'""" + AreaRows.condition(area, "c")
                + " ORDER BY sex, born, c.child_id", AreaRows.parameters(area), row -> {
            LookAlikeRule.Compared record = new LookAlikeRule.Compared(new LookAlikeRule.Record(row.getString("child_id"), row.getString("name"),
                    row.getString("sex"), row.getObject("born", LocalDate.class), row.getString("township"),
                    row.getString("village"), row.getString("status")), row.getString("guardian"));
            window.removeIf(earlier -> !earlier.record().sex().equals(record.record().sex())
                    || ChronoUnit.DAYS.between(earlier.record().dateOfBirth(), record.record().dateOfBirth())
                    > properties.birthDateToleranceDays());
            for (LookAlikeRule.Compared earlier : window) {
                rule.compare(earlier, record).ifPresent(pair -> {
                    found[0]++;
                    best.add(pair);
                    if (best.size() > properties.maxPairs()) {
                        best.poll();
                    }
                });
            }
            window.addLast(record);
        });
        List<LookAlikeRule.Pair> pairs = new ArrayList<>(best);
        pairs.sort(byScore.reversed());
        Set<UUID> listed = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            listed.add(UUID.fromString(pair.first().childId()));
            listed.add(UUID.fromString(pair.second().childId()));
        });
        accessLog.listed(listed, "possible-duplicates");
        return new PossibleDuplicates(pairs, found[0], position);
    }
}
