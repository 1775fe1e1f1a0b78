package org.shouhu.command.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * {@code shouhu.attachments.*}: the largest attachment, and the media types accepted (as found
 * in the content: image/jpeg, image/png, image/webp, application/pdf are recognised).
 */
@ConfigurationProperties("shouhu.attachments")
public record AttachmentProperties(DataSize maxSize, List<String> mediaTypes) {

    public AttachmentProperties {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("shouhu.attachments.max-size must be a positive size, e.g. 10MB");
        }
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }
}
