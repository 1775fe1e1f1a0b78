package org.shouhu.command.rules;

import java.time.LocalDate;

/**
 * A fact about a child cannot have happened after today (in the district's time zone) or
 * before the child was born. Late recording is fine and visible: the event's own timestamp
 * says when it was recorded.
 */
public final class DatesNeitherInFutureNorBeforeBirth {

    private DatesNeitherInFutureNorBeforeBirth() {
    }

    public static LocalDate check(LocalDate date, String field, LocalDate dateOfBirth, LocalDate today) {
        Required.field(date, field);
        if (date.isAfter(today)) {
            throw new RuleViolation("date.in-future", field, field + " is after today (" + today + ")");
        }
        if (dateOfBirth != null && date.isBefore(dateOfBirth)) {
            throw new RuleViolation("date.before-birth", field, field + " is before the child's date of birth");
        }
        return date;
    }
}
