package org.shouhu.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * Builds RFC 9457 problems with a stable {@code type} per kind of problem, so that clients
 * can branch on it, and field-level {@code errors} for validation.
 */
public final class Problems {

    static final String TYPE_PREFIX = "urn:shouhu:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static ProblemDetail invalid(HttpStatus status, String type, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(status, type, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One refused field: its JSON name (dotted for nested fields), what is wrong, and the rule's code. */
    public record FieldError(String field, String message, String rule) {
    }
}
