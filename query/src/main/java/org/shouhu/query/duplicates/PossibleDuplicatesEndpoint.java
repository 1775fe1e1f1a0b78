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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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

    private static final int SCALE = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final DuplicateProperties properties;
    private final AccessLog accessLog;

    public PossibleDuplicatesEndpoint(NamedParameterJdbcTemplate jdbc, ProjectionPositions positions,
                                      DuplicateProperties properties, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.properties = properties;
        this.accessLog = accessLog;
    }

    /** One record of a pair, as the reviewer needs it to recognise the child. */
    public record Record(String childId, String name, String sex, LocalDate dateOfBirth, String township,
                         String village, String status) {
    }

    /** A record with what the comparison also uses and the report does not show. */
    record Compared(Record record, String guardianName) {
    }

    /**
     * @param reasons {@code name-same}, {@code name-alike} (homophones or a slip), {@code same-guardian-same-village},
     *                {@code birth-date-same} or {@code birth-date-near}
     */
    public record Pair(Record first, Record second, BigDecimal score, List<String> reasons) {
    }

    /** @param pairsFound all pairs found; {@code pairs} holds the best of them, at most shouhu.duplicates.max-pairs */
    public record PossibleDuplicates(List<Pair> pairs, long pairsFound, long position) {
    }

    @GetMapping
    public PossibleDuplicates pairs(@RequestParam(required = false) String township,
                                    @RequestParam(required = false) Long minPosition) {
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        Area area = AreaRows.narrowed(Reader.current().area(), township);
        Comparator<Pair> byScore = Comparator.comparing(Pair::score);
        PriorityQueue<Pair> best = new PriorityQueue<>(byScore);
        long[] found = {0};
        Deque<Compared> window = new ArrayDeque<>();
        jdbc.query("""
                SELECT c.child_id, c.name, c.file ->> 'sex' AS sex, (c.file ->> 'dateOfBirth')::date AS born,
                       c.township, c.village, c.file -> 'guardian' ->> 'name' AS guardian, c.status
                  FROM read_model.child_file c WHERE NOT c.erased AND c.status <> 'MERGED'""" + AreaRows.condition(area, "c")
                + " ORDER BY sex, born, c.child_id", AreaRows.parameters(area), row -> {
            Compared record = new Compared(new Record(row.getString("child_id"), row.getString("name"),
                    row.getString("sex"), row.getObject("born", LocalDate.class), row.getString("township"),
                    row.getString("village"), row.getString("status")), row.getString("guardian"));
            window.removeIf(earlier -> !earlier.record().sex().equals(record.record().sex())
                    || ChronoUnit.DAYS.between(earlier.record().dateOfBirth(), record.record().dateOfBirth())
                    > properties.birthDateToleranceDays());
            for (Compared earlier : window) {
                compare(earlier, record).ifPresent(pair -> {
                    found[0]++;
                    best.add(pair);
                    if (best.size() > properties.maxPairs()) {
                        best.poll();
                    }
                });
            }
            window.addLast(record);
        });
        List<Pair> pairs = new ArrayList<>(best);
        pairs.sort(byScore.reversed());
        Set<UUID> listed = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            listed.add(UUID.fromString(pair.first().childId()));
            listed.add(UUID.fromString(pair.second().childId()));
        });
        accessLog.listed(listed, "possible-duplicates");
        return new PossibleDuplicates(pairs, found[0], position);
    }

    java.util.Optional<Pair> compare(Compared first, Compared second) {
        Record a = first.record();
        Record b = second.record();
        double names = NameSimilarity.of(a.name(), b.name());
        boolean sameGuardian = first.guardianName() != null && first.guardianName().equals(second.guardianName())
                && a.township().equals(b.township()) && a.village().equals(b.village());
        if (names < properties.nameSimilarity() && !sameGuardian) {
            return java.util.Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (names >= properties.nameSimilarity()) {
            reasons.add(names == 1 ? "name-same" : "name-alike");
        }
        if (sameGuardian) {
            reasons.add("same-guardian-same-village");
        }
        reasons.add(Objects.equals(a.dateOfBirth(), b.dateOfBirth()) ? "birth-date-same" : "birth-date-near");
        double score = sameGuardian ? Math.max(names, properties.nameSimilarity()) : names;
        return java.util.Optional.of(new Pair(a, b, BigDecimal.valueOf(score).setScale(SCALE, RoundingMode.HALF_UP),
                reasons));
    }
}
