package org.shouhu.events.attachments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one attachment within a child case. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Require.present(value, "attachmentId");
    }

    public static AttachmentId generate() {
        return new AttachmentId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AttachmentId of(String text) {
        return new AttachmentId(Uuids.parse(text, "attachmentId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
