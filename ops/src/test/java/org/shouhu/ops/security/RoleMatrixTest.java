package org.shouhu.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Workers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of the API for every role, in and out of scope: the status each gets, and that
 * an answer carries nothing of a child outside the asker's area (its name, its village, its
 * guardian, its id). Each write gets state of its own (a fresh child, a closed case, an open
 * intervention, an account), so that every role meets the same situation.
 */
class RoleMatrixTest extends ApplicationTest {

    /** Accounts of the test profile: the director and supervisor of the child's village and township, others elsewhere. */
    private static final List<String> ACCOUNTS = List.of("anonymous", "director", "director-hongxing", "supervisor",
            "supervisor-lanjiang", "bureau", "inspector", "dashboard");
    private static final List<String> OUT_OF_AREA = List.of("director-hongxing", "supervisor-lanjiang");
    private static final AtomicInteger ACCOUNT_NUMBER = new AtomicInteger();

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private record Request(String method, String path, Object body) {
    }

    private record Call(String name, Supplier<Request> request, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> statuses(int anonymous, int director, int directorElsewhere, int supervisor,
                                                 int supervisorElsewhere, int bureau, int inspector, int dashboard) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int[] values = {anonymous, director, directorElsewhere, supervisor, supervisorElsewhere, bureau, inspector,
                dashboard};
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            expected.put(ACCOUNTS.get(i), values[i]);
        }
        return expected;
    }

    /** A write on a child of 石洞镇/青龙村: its director, supervisor and the bureau may; elsewhere it does not exist. */
    private static Map<String, Integer> childWrite(int success) {
        return statuses(401, success, 404, success, 404, success, 403, 403);
    }

    private static Map<String, Integer> childRead() {
        return statuses(401, 200, 404, 200, 404, 200, 200, 403);
    }

    private static Map<String, Integer> bureauOnly(int success) {
        return statuses(401, 403, 403, 403, 403, success, 403, 403);
    }

    /** What inspectors and the bureau may see: the access log, the integrity proofs. */
    private static Map<String, Integer> auditors(int success) {
        return statuses(401, 403, 403, 403, 403, success, success, 403);
    }

    private static Request get(String path) {
        return new Request("GET", path, null);
    }

    private static Request post(String path, Object body) {
        return new Request("POST", path, body);
    }

    @TestFactory
    List<DynamicTest> every_endpoint_for_every_role() {
        Api.Reply registered = api.as("bureau").post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        String child = "/api/v1/children/" + childId;
        String wait = "minPosition=" + registered.position();

        List<Call> calls = List.of(
                new Call("roster", () -> get("/api/v1/roster?limit=500&" + wait), statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("roster filtered to the child's village", () -> get("/api/v1/roster?village=青龙村&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("roster count", () -> get("/api/v1/roster/count?" + wait), statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("child file", () -> get(child + "?" + wait), childRead()),
                new Call("as-of view", () -> get(child + "?asOf=" + today + "&" + wait), childRead()),
                new Call("history", () -> get(child + "/history?" + wait), childRead()),
                new Call("timeline", () -> get(child + "/timeline?" + wait), childRead()),
                new Call("register", () -> post("/api/v1/children", Children.registration()),
                        statuses(401, 201, 403, 201, 403, 201, 403, 403)),
                new Call("guardianship", () -> post(freshChild() + "/guardianship", Map.of("guardianName", "李阿姨",
                        "relation", "OTHER_RELATIVE", "phone", "13900002222", "effectiveOn", today, "reason", "moved")),
                        childWrite(200)),
                new Call("residence", () -> post(freshChild() + "/residence", Map.of("township", "石洞镇",
                        "village", "青龙村", "effectiveOn", today, "reason", "new house")), childWrite(200)),
                new Call("category", () -> post(freshChild() + "/category", Map.of("primaryCategory", "ORPHAN",
                        "tags", List.of(), "reason", "reassessed")), childWrite(200)),
                new Call("responsible worker", () -> post(freshChild() + "/responsible-worker",
                        Map.of("workerId", Workers.qinglongDirector(api), "reason", "new director")), childWrite(200)),
                new Call("risk", () -> post(freshChild() + "/risk", Map.of("level", "MEDIUM")), childWrite(200)),
                new Call("conflict resolution", () -> post(heldConflict() + "/resolution", Map.of("resolution",
                        "CURRENT_KEPT", "reason", "the level in force stands")), childWrite(200)),
                // a device keeps its own village's children: who records for one village
                new Call("offline children", () -> get("/api/v1/offline/children?limit=500&" + wait),
                        statuses(401, 200, 200, 403, 403, 403, 403, 403)),
                new Call("visit", () -> post(freshChild() + "/visits", Map.of("occurredOn", today, "kind", "HOME",
                        "childSeen", true, "findings", "well")), childWrite(201)),
                new Call("concern", () -> post(freshChild() + "/concerns", Map.of("occurredOn", today,
                        "source", "SCHOOL", "description", "absent")), childWrite(201)),
                new Call("intervention", () -> post(freshChild() + "/interventions", Map.of("type", "LEGAL_AID",
                        "goal", "a lawyer for the family", "openedOn", today)), childWrite(201)),
                new Call("intervention progress", () -> post(openIntervention() + "/progress",
                        Map.of("occurredOn", today, "note", "met the lawyer")), childWrite(200)),
                new Call("intervention plan", () -> post(openIntervention() + "/plan", Map.of("goals", "a lawyer found",
                        "nextReviewOn", LocalDate.parse(today).plusDays(14).toString())), childWrite(200)),
                new Call("intervention review", () -> post(openIntervention() + "/reviews", Map.of("reviewedOn", today,
                        "findings", "met the lawyer", "nextReviewOn", LocalDate.parse(today).plusDays(14).toString())),
                        childWrite(200)),
                new Call("intervention closure", () -> post(openIntervention() + "/closure",
                        Map.of("closedOn", today, "outcome", "GOAL_MET", "note", "done")), childWrite(200)),
                new Call("case closure", () -> post(freshChild() + "/closure", Map.of("effectiveOn", today,
                        "reason", "moved away")), childWrite(200)),
                new Call("case reopening", () -> post(closedChild() + "/reopening", Map.of("effectiveOn", today,
                        "reason", "came back")), childWrite(200)),
                new Call("correction", () -> {
                    Api.Reply fresh = expect(api.as("bureau").post("/api/v1/children", Children.registration()), 201);
                    String path = "/api/v1/children/" + fresh.json().get("childId").asText();
                    return post(path + "/corrections", Map.of("eventId", firstEventOf(path, fresh.position()),
                            "field", "sex", "correctedValue", "FEMALE", "reason", "typo"));
                }, childWrite(200)),
                new Call("erasure", () -> post(closedChild() + "/erasure", Map.of("reason", "retention ended")),
                        bureauOnly(200)),
                new Call("late-entry report", () -> get("/api/v1/reports/late-entries?days=0&limit=500&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("corrections report", () -> get("/api/v1/reports/corrections?limit=500&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("checkpoints", () -> get("/api/v1/integrity/checkpoints"), auditors(200)),
                new Call("checkpoint now", () -> {
                    freshChild();
                    return post("/api/v1/integrity/checkpoints", Map.of());
                }, auditors(201)),
                new Call("public key", () -> get("/api/v1/integrity/public-key"), auditors(200)),
                new Call("inclusion proof", () -> get("/api/v1/integrity/events/" + checkpointedEvent() + "/proof"),
                        auditors(200)),
                new Call("verification", () -> get("/api/v1/integrity/verification"), auditors(200)),
                new Call("workers", () -> get("/api/v1/workers"), statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("worker registration", () -> post("/api/v1/workers", newWorker()), bureauOnly(201)),
                new Call("worker area change", () -> post("/api/v1/workers/" + worker() + "/area",
                        Map.of("area", "石洞镇", "reason", "now supervises the township")), bureauOnly(200)),
                new Call("worker training", () -> post("/api/v1/workers/" + worker() + "/trainings",
                        Map.of("course", "全覆盖培训", "completedOn", today, "hours", 6)), bureauOnly(200)),
                new Call("worker retirement", () -> post("/api/v1/workers/" + worker() + "/retirement",
                        Map.of("reason", "retired")), bureauOnly(200)),
                new Call("activities", () -> get("/api/v1/activities"), statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("activity", () -> post("/api/v1/activities", Map.of("type", "LEGAL_EDUCATION", "heldOn", today,
                        "area", "石洞镇/青龙村", "organiser", "青龙村委会", "participants", 30, "materialsDistributed", 60)),
                        statuses(401, 201, 403, 201, 403, 201, 403, 403)),
                new Call("summary report", () -> get("/api/v1/reports/summary?from=2020-01-01"),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("summary report as text", () -> get("/api/v1/reports/summary?format=text"),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("overdue-visit report", () -> get("/api/v1/reports/overdue-visits?limit=500&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("accountability report", () -> get("/api/v1/reports/accountability?" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("partners", () -> get("/api/v1/partners"), statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("partner registration", () -> post("/api/v1/partners", Map.of("name", "青龙村小学",
                        "kind", "SCHOOL", "area", "石洞镇")), bureauOnly(201)),
                new Call("referral", () -> post(freshChild() + "/referrals", Map.of("partnerId", partner(),
                        "reason", "absent from school", "madeOn", today)), childWrite(201)),
                new Call("referral acceptance", () -> post(referral() + "/acceptance", Map.of("acceptedOn", today)),
                        childWrite(200)),
                new Call("referral declining", () -> post(referral() + "/declining", Map.of("declinedOn", today,
                        "reason", "no place")), childWrite(200)),
                new Call("referral completion", () -> {
                    String referral = referral();
                    expect(api.as("bureau").post(referral + "/acceptance", Map.of("acceptedOn", today)), 200);
                    return post(referral + "/completion", Map.of("completedOn", today, "result", "back at school"));
                }, childWrite(200)),
                new Call("approval queue", () -> get("/api/v1/approvals?status=PENDING&limit=500&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("approval", () -> post(requestedClosure() + "/approval", Map.of("reason", "confirmed")),
                        statuses(401, 403, 403, 200, 404, 200, 403, 403)),
                new Call("rejection", () -> post(requestedClosure() + "/rejection", Map.of("reason", "not yet")),
                        statuses(401, 403, 403, 200, 404, 200, 403, 403)),
                new Call("flag", () -> post(freshChild() + "/flags", Map.of("message", "do not contact the father")),
                        childWrite(201)),
                new Call("flag removal", () -> {
                    String flagged = freshChild();
                    String flagId = expect(api.as("bureau").post(flagged + "/flags", Map.of("message", "careful")), 201)
                            .json().get("flagId").asText();
                    return post(flagged + "/flags/" + flagId + "/removal", Map.of("reason", "no longer needed"));
                }, childWrite(200)),
                new Call("concern queue", () -> get("/api/v1/concerns?status=UNTRIAGED&limit=500&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("concern closure", () -> {
                    String concerned = freshChild();
                    String concernId = expect(api.as("bureau").post(concerned + "/concerns", Map.of("occurredOn", today,
                            "source", "NEIGHBOUR", "description", "shouting at night", "severity", "LOW")), 201)
                            .json().get("concernId").asText();
                    return post(concerned + "/concerns/" + concernId + "/closure",
                            Map.of("reason", "a family quarrel, no risk to the child"));
                }, childWrite(200)),
                new Call("merge", () -> post(freshChild() + "/merge", Map.of("mergedChildId",
                        freshChild().substring("/api/v1/children/".length()), "reason", "registered twice")),
                        childWrite(200)),
                new Call("attachment", () -> new Request("UPLOAD", freshChild() + "/attachments?kind=PHOTO", PHOTO),
                        childWrite(201)),
                new Call("attachment download", () -> download(attachment()), childRead()),
                new Call("ledger template", () -> download("/api/v1/imports/template?format=csv"),
                        statuses(401, 200, 200, 200, 200, 200, 403, 403)),
                new Call("roster export", () -> download("/api/v1/roster/export?format=csv&" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("summary workbook", () -> download("/api/v1/reports/summary?format=xlsx"),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("ledger dry run", () -> upload("/api/v1/imports?dryRun=true"),
                        statuses(401, 200, 200, 200, 200, 200, 403, 403)),
                new Call("ledger import", () -> upload("/api/v1/imports"),
                        statuses(401, 202, 202, 202, 202, 202, 403, 403)),
                new Call("import job", () -> get(importJob()), statuses(401, 404, 404, 404, 404, 200, 403, 403)),
                new Call("growth record", () -> post(freshChild() + "/growth", Map.of("kind", "HEALTH", "occurredOn", today,
                        "text", "vaccinated")), childWrite(201)),
                new Call("possible-duplicates report", () -> get("/api/v1/reports/possible-duplicates?" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("data-quality report", () -> get("/api/v1/reports/data-quality?" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("intervention-timeline report", () -> get("/api/v1/reports/intervention-timelines?" + wait),
                        statuses(401, 200, 200, 200, 200, 200, 200, 200)),
                new Call("retention list", () -> get("/api/v1/retention/due"), bureauOnly(200)),
                new Call("projections", () -> get("/api/v1/admin/projections"), bureauOnly(200)),
                new Call("access log", () -> get("/api/v1/audit/access?limit=1"), auditors(200)),
                new Call("accounts", () -> get("/api/v1/accounts"), bureauOnly(200)),
                new Call("account creation", () -> post("/api/v1/accounts", newAccount()), bureauOnly(201)),
                new Call("account role change", () -> post("/api/v1/accounts/" + account() + "/role",
                        Map.of("role", "SUPERVISOR", "area", "石洞镇", "reason", "promoted")), bureauOnly(200)),
                new Call("account disabling", () -> post("/api/v1/accounts/" + account() + "/disabling",
                        Map.of("reason", "left")), bureauOnly(200)),
                // last: the other calls wait for read models, which a rebuild sends back to the first event
                new Call("projection rebuild", () -> post("/api/v1/admin/projections/rebuild", Map.of()), bureauOnly(202)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            for (String account : ACCOUNTS) {
                tests.add(DynamicTest.dynamicTest(call.name() + " as " + account, () -> {
                    Api as = account.equals("anonymous") ? api.anonymous() : api.as(account);
                    Request request = call.request().get();
                    Api.Reply reply = switch (request.method()) {
                        case "GET" -> as.get(request.path());
                        case "DOWNLOAD" -> downloaded(as.download(request.path()));
                        case "UPLOAD" -> as.upload(request.path(), "upload", (byte[]) request.body());
                        default -> as.post(request.path(), request.body());
                    };
                    assertThat(reply.status()).as(request.method() + " " + request.path() + ": " + reply)
                            .isEqualTo(call.expected().get(account));
                    if (reply.status() >= 400) {
                        assertThat(reply.body()).doesNotContain("王小明", "青龙村", "王大爷", "13800001111");
                        assertThat(reply.json().get("type").asText()).startsWith("urn:shouhu:problem:");
                        if (!request.path().contains(childId)) {
                            assertThat(reply.body()).doesNotContain(childId);
                        }
                    } else if (account.equals("dashboard")) {
                        assertThat(reply.body()).as("a dashboard sees no names").doesNotContain("王小明", "王大爷", "王老师");
                    } else if (OUT_OF_AREA.contains(account)) {
                        // an export holds the guardians of the reader's own area, named like the test child's
                        assertThat(reply.body()).as("nothing of a child outside the area")
                                .doesNotContain(request.method().equals("DOWNLOAD") ? List.of(childId, "青龙村")
                                        : List.of(childId, "青龙村", "王大爷"));
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("the read models are rebuilt before the next test", () ->
                await().atMost(Duration.ofSeconds(60)).until(() -> rebuilt(api.as("bureau")
                        .get("/api/v1/admin/projections").json()))));
        return tests;
    }

    private static boolean rebuilt(JsonNode projections) {
        for (JsonNode projection : projections) {
            if (projection.get("replaying").asBoolean() || projection.get("lag").asLong() > 0) {
                return false;
            }
        }
        return true;
    }

    /** A file answered (an export, a template), as a reply: a problem when refused. */
    private static Api.Reply downloaded(Api.Download download) {
        return new Api.Reply(download.status(), Map.of(), new String(download.body(), StandardCharsets.UTF_8));
    }

    private static Request download(String path) {
        return new Request("DOWNLOAD", path, null);
    }

    /** A ledger of one child of 石洞镇/红星村: in the area of one director, outside the other's. */
    private static Request upload(String path) {
        String ledger = "姓名,性别,出生日期,身份证号,乡镇（街道）,村（社区）,儿童类别\n李红星,女,2016-05-06,"
                + Children.residentId(LocalDate.of(2016, 5, 6)) + ",石洞镇,红星村,留守儿童\n";
        return new Request("UPLOAD", path, ledger.getBytes(StandardCharsets.UTF_8));
    }

    /** The first bytes of a JPEG, and a little content: what an attached photo is found to be. */
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    /** The path of a photo the bureau attached to a new child. */
    private String attachment() {
        String child = freshChild();
        Api.Reply uploaded = expect(api.as("bureau").upload(child + "/attachments?kind=PHOTO", "photo.jpg", PHOTO),
                201);
        return child + "/attachments/" + uploaded.json().get("attachmentId").asText() + "?minPosition="
                + uploaded.position();
    }

    /** The job of an import the bureau started. */
    private String importJob() {
        Request upload = upload("/api/v1/imports");
        return expect(api.as("bureau").upload(upload.path(), "ledger.csv", (byte[]) upload.body()), 202)
                .header("Location");
    }

    /** A new child of 石洞镇/青龙村, registered by the bureau: the path of its file. */
    private String freshChild() {
        return "/api/v1/children/" + api.as("bureau").post("/api/v1/children", Children.registration())
                .json().get("childId").asText();
    }

    /** A conflict held on a new child: a risk level sent from a device that saw it before its level was assessed. */
    private String heldConflict() {
        String child = freshChild();
        expect(api.as("bureau").post(child + "/risk", Map.of("level", "LOW", "reason", "first")), 200);
        String conflictId = expect(api.as("bureau").withHeader("X-Captured-Against-Version", "0").post(child + "/risk",
                Map.of("level", "HIGH", "reason", "offline")), 202).json().get("conflictId").asText();
        return child + "/conflicts/" + conflictId;
    }

    /** The first event of a new child, under a checkpoint appended for it. */
    private String checkpointedEvent() {
        String childId = freshChild().substring("/api/v1/children/".length());
        expect(api.as("bureau").post("/api/v1/integrity/checkpoints", Map.of()), 201);
        return jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", String.class, childId);
    }

    private String closedChild() {
        String child = freshChild();
        expect(api.as("bureau").post(child + "/closure", Map.of("effectiveOn", today, "reason", "moved away")), 200);
        return child;
    }

    /** The path of an open intervention of a new child. */
    private String openIntervention() {
        String child = freshChild();
        String interventionId = expect(api.as("bureau").post(child + "/interventions", Map.of("type", "LEGAL_AID",
                "goal", "a lawyer for the family", "openedOn", today)), 201).json().get("interventionId").asText();
        return child + "/interventions/" + interventionId;
    }

    private String firstEventOf(String child, long position) {
        Api.Reply history = api.as("bureau").get(child + "/history?minPosition=" + position);
        return expect(history, 200).json().get("items").get(0).get("eventId").asText();
    }

    /** The path of a case closure a director asked for on a new child, waiting for approval. */
    private String requestedClosure() {
        String child = freshChild();
        expect(api.as("director").post(child + "/closure", Map.of("effectiveOn", today, "reason", "moved away")), 200);
        String approvalId = jdbc.queryForObject("SELECT payload::jsonb ->> 'approvalId' FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%.CaseClosureRequested'", String.class,
                child.substring("/api/v1/children/".length()));
        return child + "/approvals/" + approvalId;
    }

    private String partner() {
        return expect(api.as("bureau").post("/api/v1/partners", Map.of("name", "青龙村小学", "kind", "SCHOOL",
                "area", "石洞镇")), 201).json().get("partnerId").asText();
    }

    /** The path of a referral just made for a new child. */
    private String referral() {
        String child = freshChild();
        String referralId = expect(api.as("bureau").post(child + "/referrals", Map.of("partnerId", partner(),
                "reason", "absent from school", "madeOn", today)), 201).json().get("referralId").asText();
        return child + "/referrals/" + referralId;
    }

    private Map<String, Object> newWorker() {
        return Map.of("workerId", "matrix-worker-" + ACCOUNT_NUMBER.incrementAndGet(), "name", "王老师",
                "role", "CHILD_DIRECTOR", "area", "石洞镇/青龙村", "phone", "13600001234");
    }

    /** A new worker of 石洞镇/青龙村, registered by the bureau: its id. */
    private String worker() {
        Map<String, Object> worker = newWorker();
        expect(api.as("bureau").post("/api/v1/workers", worker), 201);
        return (String) worker.get("workerId");
    }

    private Map<String, Object> newAccount() {
        return Map.of("username", "matrix-" + ACCOUNT_NUMBER.incrementAndGet(), "role", "DIRECTOR",
                "area", "石洞镇/青龙村", "password", "a-long-enough-password", "reason", "new director");
    }

    private String account() {
        Map<String, Object> account = newAccount();
        expect(api.as("bureau").post("/api/v1/accounts", account), 201);
        return (String) account.get("username");
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("setting up: expected " + status + ", got " + reply);
        }
        return reply;
    }
}
