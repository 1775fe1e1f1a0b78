package org.shouhu.query.childfile;

import org.shouhu.events.corrections.EntryCorrected;

import java.time.LocalDate;

/**
 * Applies a correction to the file: the corrected value replaces the value that the named
 * event set, where that value is still on the file (a corrected phone of a guardian who has
 * since been replaced changes only the history, not the current guardian).
 */
final class Corrections {

    private Corrections() {
    }

    static void apply(ChildFile file, EntryCorrected correction) {
        String eventId = correction.correctedEventId().toString();
        String setBy = file.trail.setBy.get(eventId);
        if (setBy == null) {
            return;
        }
        String value = correction.correctedValue();
        String field = correction.field();
        if (setBy.equals("registration")) {
            switch (field) {
                case "name" -> file.name = value;
                case "sex" -> file.sex = value;
                default -> { }
            }
        } else if (setBy.equals("guardian") && eventId.equals(file.trail.guardianEvent)) {
            switch (field) {
                case "guardianName" -> file.guardian.name = value;
                case "phone" -> file.guardian.phone = value;
                default -> { }
            }
        } else if (setBy.equals("visit") && field.equals("occurredOn")) {
            file.trail.visitDates.put(eventId, LocalDate.parse(value));
            file.lastVisitOn = ChildFileFold.lastVisit(file);
        } else if (setBy.startsWith("concern:")) {
            ChildFile.Concern concern = ChildFileFold.concern(file, setBy.substring("concern:".length()));
            switch (field) {
                case "description" -> concern.description = value;
                case "occurredOn" -> concern.occurredOn = LocalDate.parse(value);
                default -> { }
            }
        } else if (setBy.startsWith("opened:")) {
            ChildFile.Intervention intervention = ChildFileFold.intervention(file, setBy.substring("opened:".length()));
            switch (field) {
                case "goal" -> intervention.goal = value;
                case "openedOn" -> intervention.openedOn = LocalDate.parse(value);
                default -> { }
            }
        } else if (setBy.startsWith("closed:")) {
            ChildFile.Intervention intervention = ChildFileFold.intervention(file, setBy.substring("closed:".length()));
            switch (field) {
                case "note" -> intervention.closingNote = value;
                case "closedOn" -> intervention.closedOn = LocalDate.parse(value);
                default -> { }
            }
        }
    }
}
