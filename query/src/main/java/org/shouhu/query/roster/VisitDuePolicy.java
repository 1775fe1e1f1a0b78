package org.shouhu.query.roster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the next visit is due: for now one interval for every open case after its last visit
 * (or its registration, if never visited). The workforce issue replaces this with intervals by
 * category and risk; the roster asks only this class. Computed in SQL at query time, so that a
 * change of configuration applies at once, without a rebuild.
 */
@Component
public class VisitDuePolicy {

    private final int intervalDays;

    public VisitDuePolicy(@Value("${shouhu.visits.default-interval-days:90}") int intervalDays) {
        if (intervalDays < 1) {
            throw new IllegalArgumentException("shouhu.visits.default-interval-days must be at least 1");
        }
        this.intervalDays = intervalDays;
    }

    /** SQL for the due date of a {@code read_model.child_file} row aliased {@code c}. */
    String nextVisitDueSql() {
        return "(COALESCE(c.last_visit_on, c.registered_on) + " + intervalDays + ")";
    }

    /** SQL that is true for an open case whose visit is overdue on {@code :today}. */
    String overdueSql() {
        return "(c.status = 'OPEN' AND " + nextVisitDueSql() + " < :today)";
    }
}
