package org.shouhu.query.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case's personal data is kept: until both the case has been closed for
 * {@code yearsAfterClosure} years and the child has been of age (18) for
 * {@code yearsAfterComingOfAge} years. Erasure cannot be undone, so the record stays while the
 * person it is about may still need it; a bureau sets its own periods.
 */
@ConfigurationProperties(prefix = "shouhu.retention")
public record RetentionPolicy(@DefaultValue("10") int yearsAfterClosure,
                              @DefaultValue("5") int yearsAfterComingOfAge) {

    static final int AGE_OF_MAJORITY = 18;

    public RetentionPolicy {
        if (yearsAfterClosure < 0 || yearsAfterComingOfAge < 0) {
            throw new IllegalArgumentException("shouhu.retention.* periods must not be negative");
        }
    }

    /** SQL for the day a {@code read_model.child_file} row aliased {@code c} is due for erasure. */
    String dueOnSql() {
        return "GREATEST((c.file->>'closedOn')::date + make_interval(years => " + yearsAfterClosure + "),"
                + " (c.file->>'dateOfBirth')::date + make_interval(years => "
                + (AGE_OF_MAJORITY + yearsAfterComingOfAge) + "))::date";
    }
}
