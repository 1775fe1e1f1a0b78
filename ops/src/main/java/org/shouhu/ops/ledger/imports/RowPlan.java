package org.shouhu.ops.ledger.imports;

import java.util.List;

/**
 * What importing one row does: the action, the child concerned, the named changes and the
 * commands that make them (the same commands the API sends), or the row's errors.
 *
 * @param childId null for a row in error that names no known child
 * @param changes for an update, what differs: {@code residence}, {@code category}, {@code guardian}, …
 */
public record RowPlan(int row, ImportAction action, String childId, List<String> changes, List<Object> commands,
                      List<RowError> errors) {

    static RowPlan failed(int row, String childId, List<RowError> errors) {
        return new RowPlan(row, ImportAction.ERROR, childId, List.of(), List.of(), errors);
    }
}
