package org.shouhu.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.StorableTime;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the headers a write understands (Idempotency-Key, If-Match, X-Correlation-Id, and from
 * an offline sync X-Captured-At and X-Captured-Against-Version).
 */
@Component
public class WriteRequests {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String CAPTURED_AT = "X-Captured-At";
    public static final String CAPTURED_AGAINST_VERSION = "X-Captured-Against-Version";
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final ObjectMapper objectMapper;

    public WriteRequests(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public WriteRequest of(HttpServletRequest http, Object body, Reason reason) {
        return new WriteRequest(idempotencyKey(http), expectedVersion(http), reason, correlationId(http),
                fingerprint(http, body), capturedAt(http), capturedAgainstVersion(http));
    }

    /**
     * Not checked against the server's clock: a device's clock may be off, and refusing the sync
     * would lose what was captured. The time is recorded as the device gave it, next to the
     * server's own recording time.
     */
    private static Instant capturedAt(HttpServletRequest http) {
        String given = http.getHeader(CAPTURED_AT);
        if (given == null) {
            return null;
        }
        Instant captured;
        try {
            captured = Instant.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidHeaderException(CAPTURED_AT,
                    "X-Captured-At must be an ISO-8601 instant, e.g. 2026-11-29T08:15:30Z");
        }
        if (!StorableTime.holds(captured)) {
            throw new InvalidHeaderException(CAPTURED_AT, "X-Captured-At must fall in the years 1 to 9999");
        }
        return captured;
    }

    private static Long capturedAgainstVersion(HttpServletRequest http) {
        String given = http.getHeader(CAPTURED_AGAINST_VERSION);
        if (given == null) {
            return null;
        }
        if (!VERSION.matcher(given.strip()).matches()) {
            throw new InvalidHeaderException(CAPTURED_AGAINST_VERSION,
                    "X-Captured-Against-Version must be the child's version the entry was captured against,"
                            + " a whole number from 0, e.g. 7");
        }
        return Long.parseLong(given.strip());
    }

    private static String idempotencyKey(HttpServletRequest http) {
        String key = http.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidHeaderException(IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        return key;
    }

    private static Long expectedVersion(HttpServletRequest http) {
        String ifMatch = http.getHeader("If-Match");
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidHeaderException("If-Match", "If-Match must be the ETag of the child, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String correlationId(HttpServletRequest http) {
        String given = http.getHeader(CORRELATION_ID);
        return given != null && CORRELATION.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private String fingerprint(HttpServletRequest http, Object body) {
        try {
            String canonical = http.getMethod() + " " + http.getRequestURI() + "\n" + objectMapper.writeValueAsString(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }
}
