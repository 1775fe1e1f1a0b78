package org.shouhu.command.rules;

import java.time.LocalDate;

/**
 * A child has one guardian at a time: a new guardianship ends the current one on the day it
 * starts, so it cannot start before the current one did.
 */
public final class OneGuardianAtATime {

    private OneGuardianAtATime() {
    }

    public static void check(LocalDate currentSince, LocalDate effectiveOn) {
        if (currentSince != null && effectiveOn.isBefore(currentSince)) {
            throw new RuleViolation("guardianship.effective-before-current", "effectiveOn",
                    "the new guardianship cannot start before the current one (" + currentSince + ")");
        }
    }
}
