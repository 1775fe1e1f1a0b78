package org.shouhu.command.rules;

import java.util.Set;

/** An intervention opened in answer to a concern names a concern raised about the same child. */
public final class ConcernMustBeKnown {

    private ConcernMustBeKnown() {
    }

    public static void check(Set<?> knownConcerns, Object concernId) {
        if (concernId != null && !knownConcerns.contains(concernId)) {
            throw new RuleViolation("concern.unknown", "concernId", "this child has no concern with this id");
        }
    }
}
