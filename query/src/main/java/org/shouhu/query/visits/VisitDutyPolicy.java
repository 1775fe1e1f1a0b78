package org.shouhu.query.visits;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * When the next visit is due: the last visit (or the registration, if never visited) plus
 * the interval for the child's risk level and category ({@link VisitDutyProperties}). Computed
 * in SQL at query time, so a change of policy applies at once, without a rebuild; the same
 * rule in Java for the reports that walk visits one by one.
 */
@Component
public class VisitDutyPolicy {

    private final VisitDutyProperties properties;

    public VisitDutyPolicy(VisitDutyProperties properties) {
        this.properties = properties;
    }

    public int intervalDays(String category, String risk) {
        int byCategory = category == null ? properties.defaultIntervalDays()
                : properties.intervalByCategory().getOrDefault(ChildCategory.valueOf(category), properties.defaultIntervalDays());
        Integer byRisk = risk == null ? null : properties.intervalByRisk().get(RiskLevel.valueOf(risk));
        return byRisk == null ? byCategory : Math.min(byRisk, byCategory);
    }

    /** SQL for the interval of a {@code read_model.child_file} row aliased {@code c}. */
    public String intervalSql() {
        return "LEAST(" + caseOf("c.risk_level", properties.intervalByRisk(), Integer.MAX_VALUE) + ", "
                + caseOf("c.primary_category", properties.intervalByCategory(), properties.defaultIntervalDays()) + ")";
    }

    /** SQL for the due date of a row aliased {@code c}. */
    public String nextVisitDueSql() {
        return "(COALESCE(c.last_visit_on, c.registered_on) + " + intervalSql() + ")";
    }

    /** SQL that is true for an open case whose visit is overdue on {@code :today}. */
    public String overdueSql() {
        return "(c.status = 'OPEN' AND " + nextVisitDueSql() + " < :today)";
    }

    /** The values are enum names and integers from validated configuration: safe to write into SQL. */
    private static String caseOf(String column, Map<? extends Enum<?>, Integer> intervals, int otherwise) {
        if (intervals.isEmpty()) {
            return Integer.toString(otherwise);
        }
        return intervals.entrySet().stream()
                .map(entry -> "WHEN '" + entry.getKey().name() + "' THEN " + entry.getValue())
                .collect(Collectors.joining(" ", "(CASE " + column + " ", " ELSE " + otherwise + " END)"));
    }
}
