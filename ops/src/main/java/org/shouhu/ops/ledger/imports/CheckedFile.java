package org.shouhu.ops.ledger.imports;

import org.shouhu.ops.ledger.LedgerHeader;
import org.shouhu.ops.ledger.read.LedgerFormat;

import java.util.List;
import java.util.Map;

/**
 * A file that passed the checks of the whole file: its format, its header, how many rows it
 * has, and the rows that share a resident ID (each such row is an error: which one is right,
 * only the clerk knows).
 */
public record CheckedFile(LedgerFormat format, LedgerHeader header, int rows, Map<Integer, List<Integer>> sharedIds) {
}
