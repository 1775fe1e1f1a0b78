package org.shouhu.query.roster;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;

import org.shouhu.query.paging.InvalidParameter;

import java.util.Arrays;
import java.util.Locale;

/** The roster's filters, each checked against the values it can take. */
public record RosterFilter(String township, String village, ChildCategory category, RiskLevel risk, String status,
                           Boolean overdue, String worker) {

    /** The filters as a request gives them: query parameters of {@code /roster}, all optional. */
    public record Parameters(String township, String village, String category, String risk, String status,
                             String overdue, String worker) {
    }

    public static RosterFilter of(Parameters given) {
        return new RosterFilter(blankToNull(given.township()), blankToNull(given.village()),
                parse(ChildCategory.class, "category", given.category()), parse(RiskLevel.class, "risk", given.risk()),
                status(given.status()), bool(given.overdue()), blankToNull(given.worker()));
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String upper = status.strip().toUpperCase(Locale.ROOT);
        if (!upper.equals("OPEN") && !upper.equals("CLOSED")) {
            throw new InvalidParameter("status", "enum", "status must be OPEN or CLOSED");
        }
        return upper;
    }

    private static Boolean bool(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidParameter("overdue", "boolean", "overdue must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(parameter, "enum",
                    parameter + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
