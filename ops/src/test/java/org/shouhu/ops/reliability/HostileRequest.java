package org.shouhu.ops.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One request as it goes over the wire: method, path with its query, headers and the body's
 * bytes. {@code chunked}: the body is sent without a length, as a stream.
 *
 * @param endpoint the endpoint of the contract the request was made from (its path template)
 */
record HostileRequest(String endpoint, String method, String target, List<Header> headers, byte[] body,
                      boolean chunked) {

    /** How much of a body a report shows, in characters of at most this many bytes (UTF-8). */
    private static final int SHOWN_BODY = 300;
    private static final int MOST_BYTES_A_CHARACTER = 4;
    /** Tomcat's limit on the request line and headers together (server.max-http-request-header-size). */
    static final int HEAD_LIMIT = 8 * 1024;
    /** Percent-encodings Tomcat refuses in a path: a slash, a backslash, NUL. */
    private static final List<String> REFUSED_IN_A_PATH = List.of("%2f", "%5c", "%00");
    /** Each header line's ": " and CRLF. */
    private static final int HEADER_LINE_OVERHEAD = 4;

    record Header(String name, String value) {
        @Override
        public String toString() {
            return name + ": " + value;
        }
    }

    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    boolean isApi() {
        return path().startsWith("/api/");
    }

    String header(String name) {
        return headers.stream().filter(header -> header.name().equalsIgnoreCase(name)).map(Header::value)
                .findFirst().orElse(null);
    }

    /**
     * Whether the HTTP server hands the request to the application at all. Tomcat answers, with
     * a 400 page of its own, a path it cannot decode (percent-encoded bytes that are not UTF-8,
     * an encoded slash, backslash or NUL) and a request line and headers over its limit: such a
     * request names no endpoint, and no code of the application sees it.
     */
    boolean reachesTheApplication() {
        int head = method.length() + target.length() + headers.stream()
                .mapToInt(header -> header.name().length() + header.value().length() + HEADER_LINE_OVERHEAD).sum();
        String path = path().toLowerCase(Locale.ROOT);
        return head < HEAD_LIMIT && REFUSED_IN_A_PATH.stream().noneMatch(path::contains) && decodes(path());
    }

    /** Whether the percent-encoded bytes of the path are UTF-8. */
    private static boolean decodes(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
                        || Character.digit(path.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    boolean isMultipart() {
        String type = header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    public String toString() {
        String shown = new String(body, 0, Math.min(body.length, SHOWN_BODY * MOST_BYTES_A_CHARACTER),
                StandardCharsets.UTF_8);
        if (shown.length() > SHOWN_BODY) {
            shown = shown.substring(0, SHOWN_BODY) + "…";
        }
        return method + " " + target + (chunked ? " (chunked)" : "") + "\n  "
                + headers.stream().map(Header::toString).collect(Collectors.joining("\n  "))
                + "\n  body (" + body.length + " bytes): " + shown;
    }
}
