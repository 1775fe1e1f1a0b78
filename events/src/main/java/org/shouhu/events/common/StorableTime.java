package org.shouhu.events.common;

import java.time.Instant;

/**
 * The instants a person can mean and PostgreSQL can hold: years 1 to 9999. Java reads instants
 * up to the year 1,000,000,000, PostgreSQL's timestamps end in the year 294,276; an instant past
 * that, given in a header or a query, would fail its insert or its query with a 500, or stop a
 * read model on a stored event. Checked wherever an instant comes in as text.
 */
public final class StorableTime {

    public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private StorableTime() {
    }

    public static boolean holds(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }
}
