package org.shouhu.events.corrections;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.EventId;
import org.shouhu.events.privacy.PersonalData;

/**
 * A field of an earlier event of the same child was wrong. The earlier event stays as it
 * was recorded; readers apply the corrected value on top of it. The reason is in the
 * event's metadata, as for every change. A corrected name, phone or note is personal data
 * like the value it corrects; a corrected date or kind is not.
 */
public record EntryCorrected(ChildId childId, EventId correctedEventId, String correctedEventType, String field,
                             @PersonalData(onlyIf = "correctsPersonalData") String correctedValue) {

    public boolean correctsPersonalData() {
        return CorrectableField.isPersonal(field);
    }
}
