package org.shouhu.command.rules;

import java.util.Collection;
import java.util.stream.Stream;

/**
 * A file is attached to the case as a whole or to one visit, concern or intervention of the
 * same child: one subject at most, and one on the child's record.
 */
public final class AttachmentSubjectIsOnRecord {

    private AttachmentSubjectIsOnRecord() {
    }

    public static void check(Object visitId, Collection<?> visits, Object concernId, Collection<?> concerns,
                             Object interventionId, Collection<?> interventions) {
        if (Stream.of(visitId, concernId, interventionId).filter(java.util.Objects::nonNull).count() > 1) {
            throw new RuleViolation("attachment.one-subject", null,
                    "attach a file to one visit, concern or intervention at most");
        }
        known(visitId, visits, "visitId", "visit");
        known(concernId, concerns, "concernId", "concern");
        known(interventionId, interventions, "interventionId", "intervention");
    }

    private static void known(Object id, Collection<?> known, String field, String what) {
        if (id != null && !known.contains(id)) {
            throw new RuleViolation("attachment.unknown-subject", field, "this child has no " + what + " with this id");
        }
    }
}
