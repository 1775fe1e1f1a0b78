package org.shouhu.ops.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.shouhu.ops.reliability.Endpoints.Endpoint;
import org.shouhu.ops.reliability.Endpoints.Pick;
import org.shouhu.ops.reliability.HostileRequest.Header;
import org.shouhu.ops.support.Children;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Requests to every endpoint, each spoilt in some of its parts: the body (a member removed,
 * replaced by a hostile value, added or repeated; or the whole body replaced), the ids in the
 * path, the query, the content type, the credentials and the other headers the API reads.
 * Most parts stay valid most of the time, so that a spoilt part reaches the code behind the
 * valid ones.
 */
final class HostileRequests {

    static final String BOUNDARY = "hostile-boundary";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> HOSTILE_TYPES = List.of("text/plain", "application/xml",
            FORM, "multipart/form-data", MULTIPART, "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", "application/json; charset=x-no-such-charset",
            "application/json; charset=\"", "application/*", "*/*", "application", "/", "application/json;;;",
            "application/problem+json", "application/merge-patch+json", "text/html; charset=utf-8", "image/png",
            "application/json, text/plain", "application/json; boundary=" + BOUNDARY, "text/csv");
    /** The birthday of the child of an imported ledger. */
    private static final LocalDate LEDGER_BIRTH = LocalDate.of(2016, 5, 6);
    /** A session cookie longer than any the server gives. */
    private static final int LONG_COOKIE = 500;
    /** A password longer than the 72 bytes BCrypt reads. */
    private static final int PAST_BCRYPT = 100;
    /** Malformed, of another scheme, or a known account with a wrong or over-long password. */
    private static final List<String> BAD_AUTHORIZATIONS = List.of("Basic !!!", "Basic ", "Basic", "Basic =",
            "Basic " + base64("nocolon"), "Basic " + base64("director:" + "x".repeat(PAST_BCRYPT)),
            "Basic " + base64("director:wrong"), "Basic " + base64("bureau:"), "basic " + base64("director:test"),
            "Bearer garbage", "Bearer ", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJidXJlYXUifQ.",
            "Digest username=\"director\"", "Basic " + "A".repeat(Hostile.LONG_IN_A_URL));
    /**
     * Accounts that do not exist, one a name that is not UTF-8. Spring Security checks their
     * password against a hash of the production cost anyway (so that a wrong name takes as long
     * as a wrong password): each costs some 70 ms of CPU, a third of the run's when they came as
     * often as the other bad credentials; they come a thirtieth as often.
     */
    private static final List<String> UNKNOWN_ACCOUNTS = List.of("Basic " + base64("nobody:test"),
            "Basic " + base64("' OR 1=1 --:test"), "Basic " + base64(":test"), "Basic " + base64(":"),
            "Basic " + base64("a\u0000b:test"),
            "Basic " + Base64.getEncoder().encodeToString(new byte[]{(byte) 0xFF, (byte) 0xFE, ':', 't'}));

    /** Parameters no endpoint reads, read twice, or misspelt; and parameters with values out of range. */
    private static final List<String> UNREAD_PARAMETERS = List.of("foo=bar", "limit=1&limit=2", "cursor", "=", "&&&",
            "a%5B%5D=1", "%00=1", "__proto__=x", "minPosition=9223372036854775807", "limit=-1", "limit=2147483648",
            "asOf=2025-02-30", "cursor=%25%25%25", "cursor=" + "A".repeat(Hostile.LONG_IN_A_URL));

    private final Targets targets;
    private final Map<String, List<String>> validParameters;

    HostileRequests(Targets targets) {
        this.targets = targets;
        this.validParameters = Endpoints.validParameters(targets);
    }

    /** The parts of a request that may be spoilt. */
    enum Aspect { METHOD, PATH, QUERY, BODY, CONTENT_TYPE, CREDENTIALS, HEADERS }

    Arbitrary<HostileRequest> any() {
        return Arbitraries.frequencyOf(Endpoints.all().stream()
                .map(endpoint -> Tuple.of(endpoint.weight(), Arbitraries.just(endpoint))).toList()).flatMap(this::of);
    }

    /**
     * Which parts a request spoils: none now and then (a valid request must still succeed), mostly
     * one or two, sometimes more; the others are valid.
     */
    private static Arbitrary<Set<Aspect>> spoilt() {
        Arbitrary<Aspect> aspect = Arbitraries.of(Aspect.class);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Set.<Aspect>of())),
                Tuple.of(6, aspect.set().ofSize(1)), Tuple.of(3, aspect.set().ofSize(2)),
                Tuple.of(1, aspect.set().ofMinSize(3).ofMaxSize(Aspect.values().length)));
    }

    private Arbitrary<HostileRequest> of(Endpoint endpoint) {
        return Combinators.combine(picks(), spoilt()).as(Tuple::of).flatMap(chosen -> {
            Pick pick = chosen.get1();
            Set<Aspect> spoilt = chosen.get2();
            return Combinators.combine(method(endpoint, spoilt.contains(Aspect.METHOD)),
                            path(endpoint, pick, spoilt.contains(Aspect.PATH)),
                            query(endpoint, spoilt.contains(Aspect.QUERY)),
                            payload(endpoint, pick, spoilt.contains(Aspect.BODY), spoilt.contains(Aspect.CONTENT_TYPE)),
                            credentials(endpoint, spoilt.contains(Aspect.CREDENTIALS)),
                            otherHeaders(spoilt.contains(Aspect.HEADERS)),
                            // one body in ten goes chunked: its size is known only once it is read
                            Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
                    .as((method, path, query, payload, credentials, others, chunked) -> {
                        List<Header> headers = new ArrayList<>(credentials);
                        if (!payload.contentType().isEmpty()) {
                            headers.add(new Header("Content-Type", payload.contentType()));
                        }
                        headers.addAll(others);
                        return new HostileRequest(endpoint.toString(), method, path + query, List.copyOf(headers),
                                payload.body().bytes(), chunked && payload.body().length() > 0);
                    });
        });
    }

    /** A body and the content type it is sent with ("" for none). */
    private record Payload(Fragment body, String contentType) {
    }

    private Arbitrary<Pick> picks() {
        List<Targets.Child> children = targets.children();
        return Combinators.combine(Arbitraries.of(children), Arbitraries.of(children))
                .as((child, other) -> new Pick(child, other, targets));
    }

    private static Arbitrary<String> method(Endpoint endpoint, boolean spoilt) {
        return spoilt ? Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
                .filter(method -> !method.equals(endpoint.method())) : Arbitraries.just(endpoint.method());
    }

    /**
     * The path with a real id in each brace; spoilt, with a hostile segment in braces (each
     * has an even chance), an id in upper case, or a slash too many.
     */
    private Arbitrary<String> path(Endpoint endpoint, Pick pick, boolean spoilt) {
        Matcher placeholders = PLACEHOLDER.matcher(endpoint.path());
        List<Arbitrary<String>> segments = new ArrayList<>();
        while (placeholders.find()) {
            List<String> valid = validIds(placeholders.group(1), pick);
            segments.add(!spoilt ? Arbitraries.of(valid) : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(valid)),
                    Tuple.of(1, Arbitraries.of(valid).map(id -> id.toUpperCase(Locale.ROOT))),
                    Tuple.of(3, Hostile.PATH_SEGMENTS)));
        }
        Arbitrary<String> path = segments.isEmpty() ? Arbitraries.just(endpoint.path())
                : Combinators.combine(segments).as(values -> {
                    Matcher matcher = PLACEHOLDER.matcher(endpoint.path());
                    StringBuilder resolved = new StringBuilder();
                    int i = 0;
                    while (matcher.find()) {
                        matcher.appendReplacement(resolved, Matcher.quoteReplacement(values.get(i++)));
                    }
                    matcher.appendTail(resolved);
                    return resolved.toString();
                });
        if (!spoilt) {
            return path;
        }
        // a trailing slash, a doubled slash: paths the contract does not have
        return path.flatMap(resolved -> Arbitraries.frequency(Tuple.of(4, resolved), Tuple.of(1, resolved + "/"),
                Tuple.of(1, resolved.replaceFirst("/", "//"))));
    }

    private List<String> validIds(String placeholder, Pick pick) {
        Targets.Child child = pick.child();
        String id = switch (placeholder) {
            case "child" -> child.childId();
            case "intervention" -> child.interventionId();
            case "concern" -> child.concernId();
            case "flag" -> child.flagId();
            case "conflict" -> child.conflictId();
            case "referral" -> child.referralId();
            case "attachment" -> child.attachmentId();
            case "event" -> child.firstEventId();
            // a child without a closure waiting has no approval to decide: an unknown one, then
            case "approval" -> child.approvalId() != null ? child.approvalId() : UUID.randomUUID().toString();
            default -> null;
        };
        if (id != null) {
            return List.of(id);
        }
        return switch (placeholder) {
            case "worker" -> targets.workers();
            case "account" -> targets.accounts();
            case "job" -> targets.importJobs();
            case "form" -> Endpoints.FORMS;
            default -> throw new IllegalArgumentException("no ids for {" + placeholder + "}");
        };
    }

    /**
     * Some of the endpoint's parameters with valid values; spoilt, with hostile values and now
     * and then a parameter the endpoint does not read.
     */
    private Arbitrary<String> query(Endpoint endpoint, boolean spoilt) {
        List<Arbitrary<Optional<String>>> parameters = new ArrayList<>();
        for (String name : endpoint.parameters()) {
            List<String> valid = validParameters.getOrDefault(name, List.of("1"));
            Arbitrary<String> values = spoilt ? Hostile.queryValues(valid) : Arbitraries.of(valid).map(Hostile::encode);
            parameters.add(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Optional.<String>empty())),
                    Tuple.of(4, values.map(value -> Optional.of(name + "=" + value)))));
        }
        if (spoilt) {
            Arbitrary<Optional<String>> extra = Arbitraries.of(UNREAD_PARAMETERS).map(Optional::of);
            parameters.add(endpoint.parameters().isEmpty() ? extra : Arbitraries.frequencyOf(
                    Tuple.of(2, Arbitraries.just(Optional.<String>empty())), Tuple.of(1, extra)));
        }
        return Combinators.combine(parameters).as(values -> {
            String query = values.stream().flatMap(Optional::stream).collect(Collectors.joining("&"));
            return query.isEmpty() ? "" : "?" + query;
        });
    }

    /** The body and its content type, each valid for the endpoint unless spoilt. */
    private Arbitrary<Payload> payload(Endpoint endpoint, Pick pick, boolean spoiltBody, boolean spoiltType) {
        return switch (endpoint.kind()) {
            case JSON -> Combinators.combine(jsonBody(endpoint, pick, spoiltBody), spoiltType
                            ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
                            Tuple.of(4, Arbitraries.of(HOSTILE_TYPES)))
                            : Arbitraries.of(JSON, JSON + "; charset=UTF-8"))
                    .as(Payload::new);
            case MULTIPART -> Combinators.combine(multipart(endpoint, spoiltBody), spoiltType
                            ? Arbitraries.of("", JSON, "multipart/form-data", "multipart/form-data; boundary=other",
                            "multipart/mixed; boundary=" + BOUNDARY,
                            "multipart/form-data; boundary=" + "b".repeat(Hostile.LONG_IN_A_URL))
                            : Arbitraries.just(MULTIPART))
                    .as(Payload::new);
            case FORM -> Combinators.combine(form(spoiltBody),
                    spoiltType ? Arbitraries.of(HOSTILE_TYPES) : Arbitraries.just(FORM)).as(Payload::new);
            case NONE -> !spoiltBody && !spoiltType ? Arbitraries.just(new Payload(Fragment.raw(""), ""))
                    : Combinators.combine(spoiltBody ? Hostile.WHOLE_BODIES : Arbitraries.just(Fragment.raw("")),
                    spoiltType ? Arbitraries.of(HOSTILE_TYPES) : Arbitraries.of("", JSON)).as(Payload::new);
        };
    }

    /** The endpoint's valid body; spoilt, by one to three mutations most of the time, or replaced whole. */
    private static Arbitrary<Fragment> jsonBody(Endpoint endpoint, Pick pick, boolean spoilt) {
        Arbitrary<JsonBody.Node> valid = Arbitraries.create(() -> JsonBody.of(endpoint.body().apply(pick)));
        Arbitrary<Integer> member = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<JsonBody.Mutation> mutation = Arbitraries.frequencyOf(
                Tuple.of(2, member.map(JsonBody.Remove::new)),
                Tuple.of(7, Combinators.combine(member, Hostile.JSON_VALUES).as(JsonBody.Replace::new)),
                Tuple.of(1, Combinators.combine(Hostile.MEMBER_NAMES, Hostile.JSON_VALUES).as(JsonBody.Extra::new)),
                Tuple.of(1, Combinators.combine(member, Hostile.JSON_VALUES).as(JsonBody.Repeat::new)));
        if (!spoilt) {
            return valid.map(body -> Fragment.bytes("valid", JsonBody.bytes(body)));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(7, Combinators.combine(valid, mutation.list().ofMinSize(1).ofMaxSize(3))
                        .as((body, mutations) -> Fragment.bytes("spoilt",
                                JsonBody.bytes(JsonBody.apply(body, mutations))))),
                Tuple.of(1, Hostile.WHOLE_BODIES));
    }

    /** A sign-in or sign-out form; spoilt: wrong, hostile or not a form at all. */
    private static Arbitrary<Fragment> form(boolean spoilt) {
        if (!spoilt) {
            return Arbitraries.just(Fragment.raw("username=director&password=test"));
        }
        Arbitrary<String> values = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("director", "test")),
                Tuple.of(3, Arbitraries.of(Hostile.STRINGS)));
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(values, values, Arbitraries.of("", "&_csrf=garbage", "&_csrf="))
                        .as((username, password, csrf) -> Fragment.raw("username=" + Hostile.encode(username)
                                + "&password=" + Hostile.encode(password) + csrf))),
                Tuple.of(1, Hostile.WHOLE_BODIES));
    }

    /**
     * A multipart upload: a photo for an attachment, a ledger for an import; spoilt, a file of
     * another content, name or part, hostile fields, or a broken multipart body.
     */
    private static Arbitrary<Fragment> multipart(Endpoint endpoint, boolean spoilt) {
        if (!spoilt) {
            boolean ledger = endpoint.path().equals("/api/v1/imports");
            return (ledger ? ledger(false) : Arbitraries.just(Targets.PHOTO)).map(bytes -> multipart(endpoint, "file",
                    ledger ? "ledger.csv" : "photo.jpg", bytes, List.of(), "--" + BOUNDARY + "--\r\n"));
        }
        Arbitrary<byte[]> content = Arbitraries.oneOf(
                Arbitraries.just(Targets.PHOTO),
                Arbitraries.just(Hostile.concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                        new byte[]{0, 0})),
                Arbitraries.just("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.just(new byte[0]),
                Arbitraries.just("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just("PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(Hostile.RANDOM_BYTES),
                ledger(true));
        Arbitrary<String> fileName = Arbitraries.of("photo.jpg", "ledger.csv", "ledger.xlsx", "", "../../etc/passwd",
                "<script>alert(1)</script>.jpg", "王小明.jpg", "a\u0000b.jpg", "\u202egpj.exe",
                "x".repeat(Hostile.LONG_IN_A_URL), "a\"b.jpg",
                Hostile.SQL_DROP + ".csv", "ledger.xls");
        Arbitrary<String> partName = Arbitraries.frequency(Tuple.of(9, "file"), Tuple.of(1, "files"),
                Tuple.of(1, ""));
        Arbitrary<List<String>> fields = Arbitraries.of("kind", "dryRun", "visitId", "concernId").flatMap(name ->
                Arbitraries.of("PHOTO", "OTHER", "true", "false", "RICH", "", Hostile.SQL_DROP, "not-a-uuid",
                        UUID.randomUUID().toString()).map(value -> List.of(name, value))).list().ofMaxSize(2)
                .map(pairs -> pairs.stream().flatMap(List::stream).toList());
        Arbitrary<String> ending = Arbitraries.frequency(Tuple.of(9, "--" + BOUNDARY + "--\r\n"),
                Tuple.of(1, ""), Tuple.of(1, "--other--\r\n"));
        return Combinators.combine(partName, fileName, content, fields, ending)
                .as((part, name, bytes, pairs, end) -> multipart(endpoint, part, name, bytes, pairs, end));
    }

    private static Fragment multipart(Endpoint endpoint, String part, String name, byte[] bytes, List<String> pairs,
                                      String end) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pairs.size(); i += 2) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + pairs.get(i)
                    + "\"\r\n\r\n" + pairs.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(end.getBytes(StandardCharsets.UTF_8));
        return Fragment.bytes("<multipart for " + endpoint.path() + ": " + part + " \"" + name + "\", "
                + bytes.length + " bytes, fields " + pairs + ">", body.toByteArray());
    }

    /**
     * A ledger of one child of 石洞镇/红星村 (the import's CSV form) with a fresh resident ID;
     * spoilt, with a hostile name, village or resident ID.
     */
    private static Arbitrary<byte[]> ledger(boolean spoilt) {
        Arbitrary<String> hostile = Arbitraries.of(Hostile.STRINGS).filter(text -> text.length() < Hostile.PAST_NOTES);
        Arbitrary<String> freshId = Arbitraries.create(() -> Children.residentId(LEDGER_BIRTH));
        Arbitrary<String> name = Arbitraries.just("李红星");
        Arbitrary<String> village = Arbitraries.just("红星村");
        if (spoilt) {
            name = Arbitraries.oneOf(name, hostile);
            village = Arbitraries.oneOf(village, hostile);
            freshId = Arbitraries.frequencyOf(Tuple.of(2, freshId), Tuple.of(1, hostile));
        }
        return Combinators.combine(name, freshId, village).as((child, id, place) ->
                ("姓名,性别,出生日期,身份证号,乡镇（街道）,村（社区）,儿童类别\n" + csv(child) + ",女," + LEDGER_BIRTH + ","
                        + csv(id) + ",石洞镇," + csv(place) + ",留守儿童\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /**
     * The credentials of an account of any role (which may or may not be allowed to call the
     * endpoint), by password or by a signed-in session with its CSRF token; spoilt: wrong,
     * malformed, foreign, a session without its token, or none.
     */
    private Arbitrary<List<Header>> credentials(Endpoint endpoint, boolean spoilt) {
        List<Tuple.Tuple2<Integer, Arbitrary<List<Header>>>> choices = new ArrayList<>();
        if (!spoilt) {
            choices.addAll(List.of(Tuple.of(4, basic("director")), Tuple.of(4, basic("bureau")),
                    Tuple.of(2, basic("supervisor")), Tuple.of(1, basic("inspector")), Tuple.of(1, basic("dashboard")),
                    Tuple.of(1, basic("director-hongxing")), Tuple.of(1, basic("supervisor-lanjiang"))));
            for (Targets.Session session : targets.sessions()) {
                // signing in or out with the session's own token would end the test's sessions for the rest of the run
                String token = endpoint.kind() == Endpoints.Kind.FORM ? "garbage" : session.csrfToken();
                choices.add(Tuple.of(1, Arbitraries.just(List.of(new Header("Cookie", session.cookie()),
                        new Header("X-CSRF-TOKEN", token), new Header("X-Requested-With", "fetch")))));
            }
            return Arbitraries.frequencyOf(choices);
        }
        choices.addAll(List.of(
                Tuple.of(30, Arbitraries.of(BAD_AUTHORIZATIONS).map(HostileRequests::authorization)),
                Tuple.of(1, Arbitraries.of(UNKNOWN_ACCOUNTS).map(HostileRequests::authorization)),
                Tuple.of(10, Arbitraries.just(List.of())),
                Tuple.of(5, Arbitraries.of("JSESSIONID=garbage", "JSESSIONID=", "JSESSIONID=" + "a".repeat(LONG_COOKIE))
                        .map(cookie -> List.of(new Header("Cookie", cookie))))));
        for (Targets.Session session : targets.sessions()) {
            // the session without its CSRF token: a write is refused, a read goes through
            choices.add(Tuple.of(5, Arbitraries.just(List.of(new Header("Cookie", session.cookie())))));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static Arbitrary<List<Header>> basic(String account) {
        return Arbitraries.just(authorization("Basic " + base64(account + ":test")));
    }

    private static List<Header> authorization(String value) {
        return List.of(new Header("Authorization", value));
    }

    /** The other headers the application reads: none or harmless ones; spoilt, hostile values. */
    private static Arbitrary<List<Header>> otherHeaders(boolean spoilt) {
        if (!spoilt) {
            return Combinators.combine(sometimes("Accept", 3, "application/json", "*/*"),
                    sometimes("Accept-Language", 3, "zh-CN", "en"),
                    Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.<Header>empty())), Tuple.of(1,
                            Arbitraries.create(() -> Optional.of(new Header("Idempotency-Key",
                                    UUID.randomUUID().toString()))))))
                    .as((accept, language, key) -> Stream.of(accept, language, key).flatMap(Optional::stream).toList());
        }
        List<Arbitrary<Optional<Header>>> headers = List.of(
                sometimes("Accept", 2, "application/json", "application/problem+json", "text/html", "application/xml",
                        "*/*", "text/csv", "image/png", "!!!", "application/json;q=abc", ""),
                sometimes("Accept-Language", 3, "zh-CN", "en", "xx", "!!!", "*", "en;q=abc", "zh-CN,en;q=0.5",
                        "x".repeat(Hostile.LONG_IN_A_URL)),
                sometimes("Idempotency-Key", 2, "hostile-reused-key", "", " ",
                        "k".repeat(Hostile.LONG_IN_A_URL), Hostile.SQL_DROP, Hostile.SCRIPT, "ÿ"),
                sometimes("If-Match", 2, "\"1\"", "1", "\"999999\"", "*", "W/\"1\"", "\"abc\"", "\"-1\"",
                        "\"99999999999999999999\"", "\"\"", "\"1\", \"2\"", Hostile.SQL_DROP, "\""),
                // offline capture's headers (docs/offline.md)
                sometimes("X-Captured-At", 3, "2026-01-05T02:30:00Z", "2026-01-05T10:30:00+08:00", "yesterday", "",
                        "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2026-13-45T99:99:99Z", Hostile.SQL_DROP, "1".repeat(Hostile.LONG_IN_A_URL)),
                sometimes("X-Captured-Against-Version", 3, "0", "1", "-1", "\"1\"", "99999999999999999999", "abc", ""),
                sometimes("X-Requested-With", 3, "fetch", "XMLHttpRequest"),
                sometimes("Content-Encoding", 4, "gzip", "deflate", "br", "identity", "x-nonsense"),
                sometimes("X-Forwarded-For", 4, "127.0.0.1, 10.0.0.1", "' OR 1=1 --", "not-an-address"));
        return Combinators.combine(headers).as(values -> values.stream().flatMap(Optional::stream).toList());
    }

    /** A header sent once in {@code absentWeight + 1} requests, with one of the values. */
    private static Arbitrary<Optional<Header>> sometimes(String name, int absentWeight, String... values) {
        return Arbitraries.frequencyOf(Tuple.of(absentWeight, Arbitraries.just(Optional.<Header>empty())),
                Tuple.of(1, Arbitraries.of(values).map(value -> Optional.of(new Header(name, value)))));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
