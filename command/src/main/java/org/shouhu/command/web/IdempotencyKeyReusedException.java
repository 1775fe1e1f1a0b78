package org.shouhu.command.web;

/** The same Idempotency-Key was sent earlier with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request");
    }
}
