package org.shouhu.ops.logging;

import org.shouhu.events.common.InvalidValueException;

/**
 * What went wrong, for the log, without personal data: the exception types along the cause
 * chain, the rule of a refused value, and where each was thrown. Messages are left out: a
 * database error may quote the very values it refused (a name, a resident ID).
 */
public final class FailureDescription {

    private FailureDescription() {
    }

    public static String of(Throwable failure) {
        StringBuilder description = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!description.isEmpty()) {
                description.append(" <- ");
            }
            description.append(cause.getClass().getName());
            if (cause instanceof InvalidValueException invalid) {
                description.append(" [").append(invalid.rule()).append(']');
            }
            StackTraceElement[] frames = cause.getStackTrace();
            if (frames.length > 0) {
                description.append(" at ").append(frames[0]);
            }
        }
        return description.toString();
    }
}
