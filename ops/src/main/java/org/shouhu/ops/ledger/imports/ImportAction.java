package org.shouhu.ops.ledger.imports;

/** What an import does with one row. */
public enum ImportAction {
    /** a child not yet in the record: registered */
    CREATE,
    /** a child already in the record (by resident ID) where the file differs: the differences recorded */
    UPDATE,
    /** a child already in the record as the file has it: nothing recorded */
    UNCHANGED,
    /** a row with errors: nothing recorded */
    ERROR
}
