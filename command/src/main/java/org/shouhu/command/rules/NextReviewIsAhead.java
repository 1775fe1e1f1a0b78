package org.shouhu.command.rules;

import java.time.LocalDate;

/** The next review of an intervention is set after the day it is set on: a review date in the past is overdue at once. */
public final class NextReviewIsAhead {

    private NextReviewIsAhead() {
    }

    public static void check(LocalDate nextReviewOn, LocalDate from) {
        Required.field(nextReviewOn, "nextReviewOn");
        if (!nextReviewOn.isAfter(from)) {
            throw new RuleViolation("review.not-ahead", "nextReviewOn", "nextReviewOn must be after " + from);
        }
    }
}
