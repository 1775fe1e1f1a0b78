package org.shouhu.ops.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A piece of a request body as it goes over the wire: any bytes, not necessarily JSON, not
 * necessarily UTF-8, so that a body can hold what no JSON library would write (1e400 as a
 * literal, a lone surrogate escape, invalid UTF-8 inside a string, a raw control character).
 */
record Fragment(byte[] bytes, String label) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How much of a fragment a report shows: the fragments of a megabyte are named, not printed. */
    private static final int SHOWN = 60;

    /** A value written by Jackson: a string is quoted and escaped as a JSON client would. */
    static Fragment of(Object value) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(value);
            return new Fragment(bytes, shorten(new String(bytes, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value, e);
        }
    }

    /** Text sent as it is (UTF-8), whether or not it is JSON. */
    static Fragment raw(String text) {
        return new Fragment(text.getBytes(StandardCharsets.UTF_8), shorten(text));
    }

    /** A JSON string whose content is the given bytes, unescaped: invalid UTF-8, raw control characters. */
    static Fragment quotedBytes(String label, int... content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write('"');
        for (int b : content) {
            bytes.write(b);
        }
        bytes.write('"');
        return new Fragment(bytes.toByteArray(), label);
    }

    /** Bytes sent as they are, named by the label in reports. */
    static Fragment bytes(String label, byte[] bytes) {
        return new Fragment(bytes, label);
    }

    int length() {
        return bytes.length;
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…(" + text.length() + " chars)";
    }

    @Override
    public String toString() {
        return label;
    }
}
