package org.shouhu.command.web;

import org.shouhu.events.common.Reason;

import java.time.Instant;

/**
 * What a write carries besides its command: the headers and the reason that become metadata.
 *
 * @param fingerprint            what makes two requests "the same" for Idempotency-Key: method, path and body
 *                               (not the capture headers: a retried sync is the same request)
 * @param capturedAt             when a device captured the entry offline (X-Captured-At); null for a live write
 * @param capturedAgainstVersion the child's version the device saw when capturing (X-Captured-Against-Version);
 *                               null when not given
 */
public record WriteRequest(String idempotencyKey, Long expectedVersion, Reason reason, String correlationId,
                           String fingerprint, Instant capturedAt, Long capturedAgainstVersion) {
}
