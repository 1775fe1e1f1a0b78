package org.shouhu.ops.ledger.imports;

import java.util.List;

/** What happened (or, in a dry run, would happen) to one row, as the answer gives it. */
public record RowOutcome(int row, ImportAction action, String childId, List<String> changes, List<RowError> errors) {

    static RowOutcome of(RowPlan plan) {
        return new RowOutcome(plan.row(), plan.action(), plan.childId(), plan.changes(), plan.errors());
    }
}
