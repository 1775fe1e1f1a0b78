package org.shouhu.ops.ledger.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged ranges of the sheet. Bureaus merge the cells of a guardian shared by siblings, or
 * of a village, down several rows; only the top row then holds the value and the rows below
 * would be imported as children without a guardian or village. So a merged sheet is refused
 * and the message names a few of the ranges for the clerk to unmerge.
 */
final class MergedRanges {

    /** How many ranges the message names; the clerk finds the others once on the way. */
    static final int NAMED = 5;

    private final List<String> named = new ArrayList<>(NAMED);
    private int count;

    void add(String ref) {
        count++;
        if (named.size() < NAMED && CellReferences.isRange(ref)) {
            named.add(ref);
        }
    }

    /** @throws LedgerFileException ({@code file.merged-cells}) when the sheet has any merged range */
    void refuseAny() {
        if (count > 0) {
            throw FileProblems.mergedCells(named, count);
        }
    }
}
