package org.shouhu.command.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every missing field of a request, so that the person typing learns about all of
 * them at once rather than one per attempt.
 */
public final class RequiredFields {

    private final List<String> missing = new ArrayList<>();

    public static RequiredFields check() {
        return new RequiredFields();
    }

    public RequiredFields field(String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
        return this;
    }

    public void orRefuse() {
        if (!missing.isEmpty()) {
            throw new MissingFieldsException(List.copyOf(missing));
        }
    }

    /** One or more required fields of a request were absent or null. */
    public static class MissingFieldsException extends RuntimeException {

        private final List<String> fields;

        MissingFieldsException(List<String> fields) {
            super("required fields are missing: " + String.join(", ", fields));
            this.fields = fields;
        }

        public List<String> fields() {
            return fields;
        }
    }
}
