package org.shouhu.ops.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Workers;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real things for hostile requests to aim at, so that a request with a valid id reaches the
 * rules behind it: children with a visit, a concern, an intervention, a flag, a referral, an
 * attachment and a closure waiting for approval; a worker, a partner, an account, an import
 * job; cursors of real lists; and signed-in sessions of the web interface.
 */
record Targets(List<Child> children, String partnerId, List<String> workers, List<String> accounts,
               List<String> importJobs, List<String> cursors, List<Session> sessions) {

    /** A child and the ids of what was recorded about it, each usable in a path of that child. */
    record Child(String childId, String visitId, String concernId, String interventionId, String flagId, String conflictId,
                 String referralId, String attachmentId, String approvalId, String firstEventId) {
    }

    /** A person signed in to the web interface: the session cookie and the CSRF token of its pages. */
    record Session(String account, String cookie, String csrfToken) {
    }

    /** Children of 石洞镇/青龙村, the director's village: enough that some stay open while others get closed. */
    private static final int CHILDREN_OF_THE_VILLAGE = 5;
    /** Of them, those whose closure a director asked for: the approval endpoints get a real request to decide. */
    private static final int CLOSURES_WAITING = 2;
    private static final String HONGXING_DIRECTOR = "director-hongxing";
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration IMPORT_PATIENCE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 100;
    /** The first bytes of a JPEG and a little content: what an attached photo is found to be. */
    static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    static Targets create(int port, JdbcTemplate jdbc) {
        Api director = new Api(port, "director");
        Api bureau = director.as("bureau");
        String today = Hostile.today().toString();
        String partnerId = expect(bureau.post("/api/v1/partners", Map.of("name", "青龙村小学", "kind", "SCHOOL",
                "area", "石洞镇")), 201).json().get("partnerId").asText();
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < CHILDREN_OF_THE_VILLAGE; i++) {
            children.add(child(director, jdbc, partnerId, today, i < CLOSURES_WAITING));
        }
        // a child of the next village: outside the director's area, inside the bureau's
        Map<String, Object> elsewhere = new LinkedHashMap<>(Children.registration());
        elsewhere.put("village", "红星村");
        children.add(child(director.as(HONGXING_DIRECTOR), jdbc, partnerId, today, elsewhere, true));
        List<String> workers = List.of(Workers.qinglongDirector(director),
                Workers.ensure(director, "hostile-worker", "SOCIAL_WORKER", "石洞镇"));
        expect(bureau.post("/api/v1/accounts", Map.of("username", "hostile-account", "role", "DIRECTOR",
                "area", "石洞镇/青龙村", "password", "a-long-enough-password", "reason", "a target of the test")), 201);
        List<String> cursors = new ArrayList<>();
        for (String list : List.of("/api/v1/children/" + children.get(0).childId() + "/history?limit=1",
                "/api/v1/roster?limit=1", "/api/v1/audit/access?limit=1", "/api/v1/reports/corrections?limit=1")) {
            JsonNode next = expect(bureau.get(list), 200).json().get("nextCursor");
            if (next != null && !next.isNull()) {
                cursors.add(next.asText());
            }
        }
        return new Targets(List.copyOf(children), partnerId, workers, List.of("hostile-account"),
                List.of(importJob(bureau)), List.copyOf(cursors),
                List.of(signIn(port, "director"), signIn(port, "bureau"), signIn(port, "inspector")));
    }

    private static Child child(Api recorder, JdbcTemplate jdbc, String partnerId, String today, boolean closureWaits) {
        return child(recorder, jdbc, partnerId, today, Children.registration(), closureWaits);
    }

    private static Child child(Api recorder, JdbcTemplate jdbc, String partnerId, String today,
                               Map<String, Object> registration, boolean closureWaits) {
        String childId = expect(recorder.post("/api/v1/children", registration), 201).json().get("childId").asText();
        String child = "/api/v1/children/" + childId;
        String visitId = expect(recorder.post(child + "/visits", Map.of("occurredOn", today, "kind", "HOME",
                "childSeen", true, "findings", "well")), 201).json().get("visitId").asText();
        String concernId = expect(recorder.post(child + "/concerns", Map.of("occurredOn", today, "source", "SCHOOL",
                "description", "absent")), 201).json().get("concernId").asText();
        String interventionId = expect(recorder.post(child + "/interventions", Map.of("type", "LEGAL_AID",
                "goal", "a lawyer for the family", "openedOn", today)), 201).json().get("interventionId").asText();
        String flagId = expect(recorder.post(child + "/flags", Map.of("message", "careful")), 201)
                .json().get("flagId").asText();
        // a risk level sent from a device that saw the child before its level was assessed: held as a conflict
        expect(recorder.post(child + "/risk", Map.of("level", "LOW", "reason", "first assessment")), 200);
        String conflictId = expect(recorder.withHeader("X-Captured-Against-Version", "0").post(child + "/risk",
                Map.of("level", "HIGH", "reason", "assessed offline")), 202).json().get("conflictId").asText();
        String referralId = expect(recorder.post(child + "/referrals", Map.of("partnerId", partnerId,
                "reason", "absent from school", "madeOn", today)), 201).json().get("referralId").asText();
        String attachmentId = expect(recorder.upload(child + "/attachments?kind=PHOTO", "photo.jpg", PHOTO), 201)
                .json().get("attachmentId").asText();
        String approvalId = null;
        if (closureWaits) {
            expect(recorder.post(child + "/closure", Map.of("effectiveOn", today, "reason", "moved away")), 200);
            approvalId = jdbc.queryForObject("SELECT payload::jsonb ->> 'approvalId' FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND payload_type LIKE '%.CaseClosureRequested'", String.class,
                    childId);
        }
        String firstEventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, childId);
        return new Child(childId, visitId, concernId, interventionId, flagId, conflictId, referralId, attachmentId, approvalId,
                firstEventId);
    }

    /** The job of a one-row ledger import, run to its end (its child joins the store before the hostile run). */
    private static String importJob(Api bureau) {
        String ledger = "姓名,性别,出生日期,身份证号,乡镇（街道）,村（社区）,儿童类别\n李红星,女,2016-05-06,"
                + Children.residentId(LocalDate.of(2016, 5, 6)) + ",石洞镇,红星村,留守儿童\n";
        String job = expect(bureau.upload("/api/v1/imports", "ledger.csv", ledger.getBytes(StandardCharsets.UTF_8)),
                202).header("Location");
        long deadline = System.nanoTime() + IMPORT_PATIENCE.toNanos();
        while (expect(bureau.get(job), 200).json().get("status").asText().equals("RUNNING")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import job of the targets did not end: " + job);
            }
            pause();
        }
        return job.substring(job.lastIndexOf('/') + 1);
    }

    /** Signs in through the login form, as a browser does, and keeps the session's cookie and CSRF token. */
    private static Session signIn(int port, String account) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        Matcher loginToken = LOGIN_CSRF.matcher(get(client, base + "/login"));
        if (!loginToken.find()) {
            throw new AssertionError("the login page has no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(account, StandardCharsets.UTF_8) + "&password=test&_csrf="
                + URLEncoder.encode(loginToken.group(1), StandardCharsets.UTF_8);
        send(client, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher pageToken = PAGE_CSRF.matcher(get(client, base + "/ui"));
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no session after signing in as " + account));
        return new Session(account, "JSESSIONID=" + session, pageToken.find() ? pageToken.group(1) : "");
    }

    private static String get(HttpClient client, String uri) {
        return send(client, HttpRequest.newBuilder(URI.create(uri)).GET().build());
    }

    private static String send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Api.Reply expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
        return reply;
    }
}
