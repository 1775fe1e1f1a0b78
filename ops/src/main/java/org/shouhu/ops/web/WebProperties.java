package org.shouhu.ops.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Limits of the HTTP interface ({@code shouhu.web.*}, docs/configuration.md).
 *
 * @param maxBodySize the largest request body other than a file upload (uploads have limits of
 *                    their own: shouhu.attachments.max-size, shouhu.imports.max-file-size)
 * @param retryAfter  what a 503 tells the client to wait before sending the request again, when
 *                    the database is away
 */
@ConfigurationProperties("shouhu.web")
public record WebProperties(DataSize maxBodySize, Duration retryAfter) {
}
