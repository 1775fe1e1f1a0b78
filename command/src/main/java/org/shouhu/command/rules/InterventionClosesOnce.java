package org.shouhu.command.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * An intervention must exist to be progressed or closed, closes once with one outcome, and
 * takes no progress notes after closure; it cannot close before it opened.
 */
public final class InterventionClosesOnce {

    private InterventionClosesOnce() {
    }

    /** @param openedOn the open interventions' start dates by id; closed ones are absent */
    public static void checkOpen(Map<?, LocalDate> openedOn, java.util.Set<?> closed, Object interventionId) {
        if (closed.contains(interventionId)) {
            throw new RuleViolation("intervention.already-closed", "interventionId",
                    "the intervention is already closed");
        }
        if (!openedOn.containsKey(interventionId)) {
            throw new RuleViolation("intervention.unknown", "interventionId",
                    "this child has no intervention with this id");
        }
    }

    public static void checkNotBeforeOpening(LocalDate openedOn, LocalDate date, String field) {
        if (date.isBefore(openedOn)) {
            throw new RuleViolation("intervention.before-opening", field,
                    field + " is before the intervention was opened (" + openedOn + ")");
        }
    }
}
