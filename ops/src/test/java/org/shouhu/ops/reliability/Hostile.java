package org.shouhu.ops.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What hostile or careless clients send in place of a value: wrong types, injection strings,
 * control characters, invalid UTF-8, numbers out of every range, impossible dates, text too long
 * for any field, and text too long for any request.
 */
final class Hostile {

    /** Above shouhu.web.max-body-size (1 MB): a body holding it must be refused 413. */
    static final int OVER_THE_BODY_LIMIT = 1_100_000;
    /** Within the body limit but far beyond any field's (the longest, Notes, is 4,000 characters). */
    static final int FAR_BEYOND_A_FIELD = 200_000;
    /** Nesting far deeper than a parser's stack allows (Jackson stops at 1,000). */
    static final int DEEP = 5_000;
    /** A run of digits longer than Jackson reads as a number (1,000). */
    static final int LONG_NUMBER = 2_000;
    /** The longest random text and the most random bytes a value or body is made of. */
    static final int RANDOM_TEXT = 40;
    static final int RANDOM_BYTES = 200;
    /** A member name longer than Jackson reads (50,000), and an array long but within the body limit. */
    static final int LONG_MEMBER_NAME = 60_000;
    static final int LONG_ARRAY = 100_000;
    /** Just past the longest name (100), reason (1,000) and note (4,000). */
    static final int PAST_A_NAME = 101;
    static final int PAST_A_REASON = 1_001;
    static final int PAST_NOTES = 4_001;
    /** A list of a category repeated this often (a set of seven). */
    static final int REPEATED = 100;
    /** A query value or path segment longer than a URL should be, but within Tomcat's header limit. */
    static final int LONG_IN_A_URL = 3_000;

    static final String SQL_DROP = "'; DROP TABLE domain_event_entry; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE_WITH_A_SCRIPT = "<img src=x onerror=alert(1)>";

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private Hostile() {
    }

    static LocalDate today() {
        return LocalDate.now(DISTRICT);
    }

    /** Text a person might type, text an attacker types, and text no one types. */
    static final List<String> STRINGS = List.of(
            "", " ", "\t\n", "a", "王小明", "null", "true", "NaN", "0",
            SQL_DROP, "1 OR 1=1", "' OR '1'='1", "\"; SELECT pg_sleep(1); --", "1; DELETE FROM write_model.account",
            "$$; --", "\\", "%", "_", "%' AND 1=1 --", "Robert'); DROP TABLE children;--",
            SCRIPT, "\">" + IMAGE_WITH_A_SCRIPT, "javascript:alert(1)", "{{7*7}}", "${7*7}", "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "#{7*7}", "<!--", "]]>", "{0}", "'{0}'",
            "\u0000", "a\u0000b", "\u0007", "\u001b[31mred", "\u202eevil", "\ufeff", "\r\n", "\u0085", "\u2028",
            "👶", "e\u0301", "ＡＢＣ１２３", "ﷺ", "../../etc/passwd", "..\\..\\windows",
            "%00", "%2e%2e%2f", "石洞镇", "青龙村", "石洞镇/青龙村", "district", "/", "//", "a/b/c",
            "x".repeat(PAST_A_NAME), "x".repeat(PAST_A_REASON), "说".repeat(PAST_NOTES), "x".repeat(FAR_BEYOND_A_FIELD));

    /** Dates that are not dates, dates out of range, dates in the future, and formats of other countries. */
    static final List<String> DATES = dates(today());

    private static List<String> dates(LocalDate today) {
        return List.of("2025-02-30", "99999-01-01", "", "0000-00-00", "2024-13-01", "-0001-01-01",
                "+999999999-12-31", "1900-01-01", "1000-01-01", "2999-01-01", "2024-1-1", "2024/01/01",
                "01/05/2024", "2024-02-29", "2023-02-29", "today", "2024-05-01T00:00:00Z", "2024-05-01 ",
                today.plusDays(1).toString(), today.toString(), today.minusYears(200).toString());
    }

    static final List<String> ENUMS = List.of("home", "HOME ", "LEFT_BEHIND,ORPHAN", "UNKNOWN", "Home", "0",
            "LOW;HIGH", "ＨＯＭＥ", "RICH", "OPEN", "BUREAU", "class", "valueOf", "HIGH\u0000");

    /** Numbers as written in JSON, beyond int, long and double and below zero. */
    static final List<String> NUMBERS = List.of("0", "-1", "1", "-0", "1.5", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1e-400",
            "1E2", "0.0000001", "12345678901234567890123456789012345678901234567890", "1" + "0".repeat(LONG_NUMBER),
            "NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5", "1.");

    /** JSON values of every other shape. */
    static final List<String> SHAPES = List.of("null", "true", "false", "[]", "{}", "[null]", "[\"a\",1]",
            "{\"a\":{\"b\":{}}}", "[[[[[]]]]]", "\"\"", "[" + "\"LEFT_BEHIND\",".repeat(REPEATED) + "\"ORPHAN\"]",
            "[".repeat(DEEP) + "]".repeat(DEEP), "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP),
            "{\"value\":\"x\"}", "{\"township\":\"石洞镇\",\"village\":\"青龙村\"}");

    /** Escapes that decode to what must not be stored: NUL, lone surrogates, a reversed surrogate pair. */
    static final List<String> ESCAPES = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
            "\"\\uD83D\"", "\"\\u001b\"", "\"\\x41\"", "\"\\u12\"", "\"\\q\"", "'single quoted'", "\"unterminated");

    /** Strings whose bytes are not UTF-8, and strings with control characters JSON forbids unescaped. */
    static final List<Fragment> BAD_BYTES = List.of(
            Fragment.quotedBytes("\"<C3 28>\" (invalid UTF-8)", 0xC3, 0x28),
            Fragment.quotedBytes("\"<FF FE>\" (invalid UTF-8)", 0xFF, 0xFE),
            Fragment.quotedBytes("\"<C0 AF>\" (overlong UTF-8)", 0xC0, 0xAF),
            Fragment.quotedBytes("\"<ED A0 80>\" (a surrogate in UTF-8)", 0xED, 0xA0, 0x80),
            Fragment.quotedBytes("\"<F8 88 80 80 80>\" (five-byte UTF-8)", 0xF8, 0x88, 0x80, 0x80, 0x80),
            Fragment.quotedBytes("\"<E4 B8>\" (truncated UTF-8)", 0xE4, 0xB8),
            Fragment.quotedBytes("\"<F4 90 80 80>\" (beyond U+10FFFF)", 0xF4, 0x90, 0x80, 0x80),
            Fragment.quotedBytes("\"王<80>\" (a stray continuation byte)", 0xE7, 0x8E, 0x8B, 0x80),
            Fragment.quotedBytes("\"a<00>b\" (a raw NUL)", 'a', 0x00, 'b'),
            Fragment.quotedBytes("\"<01><1F>\" (raw control characters)", 0x01, 0x1F),
            Fragment.quotedBytes("\"a<0A>b\" (a raw new line)", 'a', 0x0A, 'b'));

    /** A hostile value in place of any value of a JSON body. */
    static final Arbitrary<Fragment> JSON_VALUES = Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.of(STRINGS).map(Fragment::of)),
            Tuple.of(2, Arbitraries.of(DATES).map(Fragment::of)),
            Tuple.of(1, Arbitraries.of(ENUMS).map(Fragment::of)),
            Tuple.of(2, Arbitraries.of(NUMBERS).map(Fragment::raw)),
            Tuple.of(2, Arbitraries.of(SHAPES).map(Fragment::raw)),
            Tuple.of(1, Arbitraries.of(ESCAPES).map(Fragment::raw)),
            Tuple.of(2, Arbitraries.of(BAD_BYTES)),
            Tuple.of(1, Arbitraries.create(UUID::randomUUID).map(Fragment::of)),
            Tuple.of(1, Arbitraries.strings()
                    // any character but a surrogate: a lone one cannot be written as UTF-8 (ESCAPES sends them)
                    .withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff').ofMaxLength(RANDOM_TEXT)
                    .map(Fragment::of)));

    /** Names of members no request has, and names that are nearly right. */
    static final Arbitrary<String> MEMBER_NAMES = Arbitraries.of("nickname", "", " ", "NAME", "name ", "__proto__",
            "constructor", "@class", "@type", "childId", "version", "position", "actor", "recordedAt", "eventId", "id",
            "$where", SQL_DROP, SCRIPT, "\u0000", "x".repeat(LONG_IN_A_URL), "a.b", "guardian.guardianName");

    /** Whole bodies in place of the request's: nothing, not JSON, JSON of the wrong shape, too deep, too big. */
    static final Arbitrary<Fragment> WHOLE_BODIES = Arbitraries.oneOf(
            Arbitraries.of("", "null", "[]", "{}", "\"text\"", "123", "{", "}{", "{\"a\":}", "{\"a\":1,}",
                    "{\"a\":1}{\"b\":2}", "{'a':1}", "{\"a\":NaN}", "{/* a comment */}", "{\"a\":1} trailing",
                    "<visit><findings>x</findings></visit>", "findings=x&kind=HOME", "\u0000\u0000\u0000",
                    "[".repeat(DEEP) + "]".repeat(DEEP), "[".repeat(DEEP),
                    "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP),
                    "{\"" + "x".repeat(LONG_MEMBER_NAME) + "\":1}", "[" + "1,".repeat(LONG_ARRAY) + "1]",
                    "{\"findings\":\"" + "x".repeat(OVER_THE_BODY_LIMIT) + "\"}",
                    " ".repeat(OVER_THE_BODY_LIMIT) + "{}",
                    "[" + "{},".repeat(OVER_THE_BODY_LIMIT / 3) + "{}]").map(Fragment::raw),
            Arbitraries.of(Fragment.bytes("<UTF-16 with its BOM>",
                            "{\"findings\":\"utf-16\"}".getBytes(StandardCharsets.UTF_16)),
                    Fragment.bytes("<UTF-8 BOM>{}", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            "{}".getBytes(StandardCharsets.UTF_8))),
                    Fragment.bytes("<FF FE FD>", new byte[]{(byte) 0xFF, (byte) 0xFE, (byte) 0xFD}),
                    Fragment.bytes("{\"a\":\"<C3 28>\"}", concat("{\"a\":\"".getBytes(StandardCharsets.UTF_8),
                            new byte[]{(byte) 0xC3, 0x28}, "\"}".getBytes(StandardCharsets.UTF_8)))),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(RANDOM_BYTES).map(bytes -> Fragment.bytes(
                    "<" + bytes.length + " random bytes>", bytes)));

    /** Values of query parameters, already encoded for the URL (some encode bytes that are not UTF-8). */
    private static final Arbitrary<String> QUERY_VALUES = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of("", "0", "-1", "1", "50", "500", "501", "2147483648", "9223372036854775807",
                    "9223372036854775808", "1e3", "abc", "%%%", "AAAA", "====", "eyJwb3NpdGlvbiI6MX0",
                    "true", "false", "yes", "OPEN", "CLOSED", "PENDING", "UNTRIAGED", "ESCALATED", "LEFT_BEHIND",
                    "HIGH", "石洞镇", "青龙村", "红星村", "csv", "xlsx", "text", "json", "pdf", "en", "zh-CN",
                    "xx_YY", "../../etc/passwd", SQL_DROP, "1 OR 1=1", SCRIPT, "\u0000", "\u0007",
                    "x".repeat(LONG_IN_A_URL)).map(Hostile::encode)),
            Tuple.of(2, Arbitraries.of(DATES).map(Hostile::encode)),
            Tuple.of(1, Arbitraries.of("%FF%FE", "%C3%28", "%C0%AF", "%ED%A0%80", "%00", "%E4%B8",
                    "a%2Fb", "%2e%2e")),
            Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(RANDOM_TEXT)
                    .map(bytes -> encode(Base64.getUrlEncoder().encodeToString(bytes)))));

    /** A value of a query parameter: one of its valid values now and then, a hostile one mostly. */
    static Arbitrary<String> queryValues(List<String> valid) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(valid).map(Hostile::encode)),
                Tuple.of(2, QUERY_VALUES));
    }

    /** Path segments in place of an id: malformed, unknown, encoded tricks, too long. */
    static final Arbitrary<String> PATH_SEGMENTS = Arbitraries.oneOf(
            Arbitraries.create(() -> UUID.randomUUID().toString()),
            Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "null", "-1",
                    "9223372036854775808", "%27%3B%20DROP%20TABLE%20domain_event_entry%3B%20--",
                    "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..", "%2e%2e", "%2F", "%00", "%FF", "%C3%28",
                    "%20", ";a=b", "%7BchildId%7D", "a".repeat(LONG_IN_A_URL), "%E7%8E%8B", "~", "*",
                    "ffffffff-ffff-ffff-ffff-fffffffffffff", "g0000000-0000-0000-0000-000000000000"));

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
