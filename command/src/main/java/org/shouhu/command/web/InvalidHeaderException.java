package org.shouhu.command.web;

/** A request header the write side reads (If-Match, Idempotency-Key) is malformed. */
public class InvalidHeaderException extends RuntimeException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
