package org.shouhu.events.attachments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.Require;
import org.shouhu.events.privacy.PersonalData;

/** The file name an attachment was uploaded with: personal data, as names of files often hold the child's name. */
@PersonalData
public record AttachmentName(String value) {

    public static final int MAX_LENGTH = 255;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AttachmentName {
        value = Require.text(value, "fileName", MAX_LENGTH);
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw new InvalidValueException("fileName.characters",
                    "fileName must not contain control characters or path separators");
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
