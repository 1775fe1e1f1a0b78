package org.shouhu.command.rules;

import org.shouhu.events.flags.FlagId;

import java.util.Set;

/** Only a flag that is on the record can be taken off it, and only with a reason: a warning never disappears silently. */
public final class FlagMustBeRaised {

    private FlagMustBeRaised() {
    }

    public static void check(Set<FlagId> raised, FlagId flagId) {
        Required.field(flagId, "flagId");
        if (!raised.contains(flagId)) {
            throw new RuleViolation("flag.unknown", "flagId", "no such flag is on this child's record");
        }
    }
}
