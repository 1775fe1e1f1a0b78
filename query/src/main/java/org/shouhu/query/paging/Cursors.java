package org.shouhu.query.paging;


import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opaque cursors for keyset paging: the sort key of the last item of a page, as base64url.
 * Clients hand them back unchanged; nothing in them is meant to be read.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";

    private Cursors() {
    }

    public static String encode(List<String> key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, key).getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> decode(String cursor, int parts) {
        try {
            String[] key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (key.length != parts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return List.of(key);
        } catch (IllegalArgumentException e) {
            throw notHandedOut();
        }
    }

    /** The key of a list that pages by one id. */
    public static UUID uuid(String cursor) {
        try {
            return UUID.fromString(decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw notHandedOut();
        }
    }

    /** The key of a list that pages by one number (a sequence, a position, an id). */
    public static long number(String cursor) {
        try {
            return Long.parseLong(decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw notHandedOut();
        }
    }

    /**
     * A page is read with one item more than asked for, to learn whether another follows: this
     * drops that item and answers the cursor of the next page (the key of the last item kept),
     * or null at the end.
     */
    public static <T> String nextPage(List<T> items, int pageSize, Function<T, Object> key) {
        if (items.size() <= pageSize) {
            return null;
        }
        items.subList(pageSize, items.size()).clear();
        return encode(List.of(key.apply(items.get(pageSize - 1)).toString()));
    }

    private static InvalidParameter notHandedOut() {
        return new InvalidParameter("cursor", "cursor", "cursor is not one this list handed out");
    }

    /** The largest page a list hands out. */
    public static final int MAX_LIMIT = 500;

    /** {@code limit}: default 50, at most {@link #MAX_LIMIT}. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return 50;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameter("limit", "range", "limit must be between 1 and 500");
        }
        return limit;
    }
}
