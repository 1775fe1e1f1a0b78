package org.shouhu.ops.ledger.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts of an import by action, and its first row errors. */
public final class ImportTally {

    private final Map<ImportAction, Integer> counts = new EnumMap<>(ImportAction.class);
    private final List<RowError> errors = new ArrayList<>();
    private final int errorsKept;
    private int rows;

    public ImportTally(int errorsKept) {
        this.errorsKept = errorsKept;
    }

    public void add(RowPlan plan) {
        rows++;
        counts.merge(plan.action(), 1, Integer::sum);
        for (RowError error : plan.errors()) {
            if (errors.size() < errorsKept) {
                errors.add(error);
            }
        }
    }

    public int rows() {
        return rows;
    }

    public int count(ImportAction action) {
        return counts.getOrDefault(action, 0);
    }

    public List<RowError> errors() {
        return errors;
    }
}
