package org.shouhu.command.rules;

import java.math.BigDecimal;

/** A training lasts more than nothing and at most a fortnight of full days: anything else is a typing error. */
public final class TrainingHoursArePlausible {

    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(112);

    private TrainingHoursArePlausible() {
    }

    public static void check(BigDecimal hours) {
        Required.field(hours, "hours");
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new RuleViolation("training.hours", "hours", "hours must be more than 0 and at most " + MAX_HOURS);
        }
    }
}
