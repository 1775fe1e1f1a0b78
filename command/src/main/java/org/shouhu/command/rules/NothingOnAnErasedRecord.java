package org.shouhu.command.rules;

/**
 * After erasure the record is what remains of a finished case: its personal data is gone for
 * good, so nothing may be added, corrected or reopened; a child who comes back into care is
 * registered afresh.
 */
public final class NothingOnAnErasedRecord {

    private NothingOnAnErasedRecord() {
    }

    public static void check(boolean erased) {
        if (erased) {
            throw new RuleViolation("case.erased", null,
                    "the personal data of this case was erased; nothing more can be recorded on it");
        }
    }
}
