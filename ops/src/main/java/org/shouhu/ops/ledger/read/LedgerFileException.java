package org.shouhu.ops.ledger.read;

import java.io.Serial;

/**
 * The uploaded file cannot be read as a ledger at all (as opposed to a row with a wrong value).
 * The message is a sentence the clerk can act on; {@link #rule()} is the stable code that the
 * API and tests match on. Neither ever contains a cell's content, which is personal data: at
 * most a cell reference, a line number or a limit.
 */
public class LedgerFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String rule;

    public LedgerFileException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public LedgerFileException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule the file breaks, e.g. {@code file.merged-cells}. */
    public String rule() {
        return rule;
    }
}
