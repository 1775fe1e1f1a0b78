package org.shouhu.query.duplicates;

import org.shouhu.events.common.Area;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.scope.AreaRows;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The records of an area that may be the child about to be registered, by the rule of the
 * possible-duplicates report: what a registration answers with before it asks for confirmation.
 */
@Component
public class LookAlikes {

    private final NamedParameterJdbcTemplate jdbc;
    private final LookAlikeRule rule;
    private final DuplicateProperties properties;
    private final AccessLog accessLog;

    public LookAlikes(NamedParameterJdbcTemplate jdbc, LookAlikeRule rule,
                      DuplicateProperties properties, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.properties = properties;
        this.accessLog = accessLog;
    }

    /** A record that may be the newcomer: the record, how alike, and why. */
    public record LookAlike(LookAlikeRule.Record record, java.math.BigDecimal score,
                            List<String> reasons) {
    }

    /** Best first; each one shown is entered in the access log. */
    public List<LookAlike> of(String name, String sex, LocalDate born, String township, String village,
                              String guardianName, Area area) {
        LookAlikeRule.Compared newcomer = new LookAlikeRule.Compared(
                new LookAlikeRule.Record(null, name, sex, born, township, village, null), guardianName);
        List<LookAlike> found = new ArrayList<>();
        jdbc.query("""
                SELECT c.child_id, c.name, c.file ->> 'sex' AS sex, (c.file ->> 'dateOfBirth')::date AS born,
                       c.township, c.village, c.file -> 'guardian' ->> 'name' AS guardian, c.status
                  FROM read_model.child_file c
                 WHERE NOT c.erased AND c.status <> 'MERGED' AND c.file ->> 'sex' = :sex
                   AND c.file ->> 'dateOfBirth' BETWEEN :from AND :to""" + AreaRows.condition(area, "c"),
                AreaRows.parameters(area).addValue("sex", sex)
                        // ISO dates as text, as the index child_file_look_alike holds them
                        .addValue("from", born.minusDays(properties.birthDateToleranceDays()).toString())
                        .addValue("to", born.plusDays(properties.birthDateToleranceDays()).toString()), row -> {
                    LookAlikeRule.Compared known = new LookAlikeRule.Compared(
                            new LookAlikeRule.Record(row.getString("child_id"), row.getString("name"),
                                    row.getString("sex"), row.getObject("born", LocalDate.class),
                                    row.getString("township"), row.getString("village"), row.getString("status")),
                            row.getString("guardian"));
                    rule.compare(known, newcomer).ifPresent(pair -> found.add(new LookAlike(known.record(),
                            pair.score(), pair.reasons())));
                });
        found.sort(Comparator.comparing(LookAlike::score).reversed());
        accessLog.listed(found.stream().map(lookAlike -> UUID.fromString(lookAlike.record().childId())).toList(),
                "duplicate-candidates");
        return found;
    }
}
