package org.shouhu.events.common;

/** The small checks every value type repeats, each naming the rule it enforces. */
public final class Require {

    private Require() {
    }

    public static String text(String value, String type, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(type + ".required", type + " must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(type + ".too-long",
                    type + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static <T> T present(T value, String type) {
        if (value == null) {
            throw new InvalidValueException(type + ".required", type + " is required");
        }
        return value;
    }
}
