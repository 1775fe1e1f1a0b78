package org.shouhu.command.web;

import org.shouhu.events.common.Reason;

/**
 * What a write carries besides its command: the headers and the reason that become metadata.
 *
 * @param fingerprint what makes two requests "the same" for Idempotency-Key: method, path and body
 */
public record WriteRequest(String idempotencyKey, Long expectedVersion, Reason reason, String correlationId,
                           String fingerprint) {
}
