package org.shouhu.command.rules;

/**
 * Two records of one child become one: the survivor stays open and the other is closed as
 * merged into it, never deleted, both histories kept. A record is not merged into itself.
 */
public final class MergeKeepsOneRecord {

    private MergeKeepsOneRecord() {
    }

    public static void check(Object childId, Object otherId) {
        Required.field(otherId, "mergedChildId");
        if (otherId.equals(childId)) {
            throw new RuleViolation("merge.same-record", "mergedChildId", "a record is not merged into itself");
        }
    }
}
