package org.shouhu.ops.reliability;

import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every endpoint of the HTTP contract (the API description the team shares, and the controllers of command,
 * query and ops), each with a valid body to spoil and the query parameters it reads. Paths name
 * what they aim at in braces; {@link HostileRequests} puts a real id or a hostile one there.
 */
final class Endpoints {

    /** How a request of the endpoint carries its input. */
    enum Kind { JSON, MULTIPART, FORM, NONE }

    /**
     * @param body       the valid body, for the child picked and another child (a merge names two)
     * @param parameters the query parameters the endpoint reads
     * @param weight     how often it is chosen, against the others
     */
    record Endpoint(String method, String path, Kind kind, Function<Pick, Object> body, List<String> parameters,
                    int weight) {

        Endpoint(String method, String path, Kind kind, Function<Pick, Object> body, List<String> parameters) {
            this(method, path, kind, body, parameters, USUAL);
        }

        /** The same endpoint chosen less often: its answer costs far more than the little input it reads. */
        Endpoint costly() {
            return new Endpoint(method, path, kind, body, parameters, COSTLY);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The real things a request aims at: a child (and what was recorded about it), another child, the rest. */
    record Pick(Targets.Child child, Targets.Child other, Targets targets) {
    }

    /** How often an endpoint is chosen, against the others; a costly one a quarter as often. */
    private static final int USUAL = 4;
    private static final int COSTLY = 1;
    /** Days ahead of today at which a plan's next review falls: in the future, as the rule wants. */
    private static final int REVIEW_IN_DAYS = 14;
    private static final String CHILD = "/api/v1/children/{child}";
    private static final String INTERVENTION = CHILD + "/interventions/{intervention}";
    private static final String REFERRAL = CHILD + "/referrals/{referral}";
    private static final List<String> ROSTER_FILTERS = List.of("township", "village", "category", "risk", "status",
            "overdue", "worker");
    private static final List<String> PAGE = List.of("limit", "cursor", "minPosition");

    private Endpoints() {
    }

    static List<Endpoint> all() {
        String today = Hostile.today().toString();
        String reviewDay = Hostile.today().plusDays(REVIEW_IN_DAYS).toString();
        return List.of(
                // the write side: children and what is recorded about them
                json("/api/v1/children", pick -> Children.registration()),
                json(CHILD + "/guardianship", pick -> body("guardianName", "李阿姨", "relation", "OTHER_RELATIVE",
                        "phone", "13900002222", "capacity", "ADEQUATE", "effectiveOn", today, "reason", "moved")),
                json(CHILD + "/residence", pick -> body("township", "石洞镇", "village", "青龙村", "effectiveOn", today,
                        "reason", "new house")),
                json(CHILD + "/category", pick -> body("primaryCategory", "ORPHAN", "tags", List.of("DISABLED"),
                        "reason", "reassessed")),
                json(CHILD + "/responsible-worker", pick -> body("workerId", pick.targets().workers().get(0),
                        "reason", "new director")),
                json(CHILD + "/risk", pick -> body("level", "MEDIUM", "reason", "assessed")),
                json(CHILD + "/conflicts/{conflict}/resolution", pick -> body("resolution", "CURRENT_KEPT",
                        "reason", "the level in force stands")),
                json(CHILD + "/closure", pick -> body("effectiveOn", today, "reason", "moved away")),
                json(CHILD + "/reopening", pick -> body("effectiveOn", today, "reason", "came back")),
                json(CHILD + "/merge", pick -> body("mergedChildId", pick.other().childId(), "reason",
                        "registered twice")),
                json(CHILD + "/erasure", pick -> body("reason", "retention ended")),
                json(CHILD + "/visits", pick -> body("occurredOn", today, "kind", "HOME", "childSeen", true,
                        "findings", "well", "riskIndicators", List.of("SIGNS_OF_NEGLECT"))),
                json(CHILD + "/concerns", pick -> body("occurredOn", today, "source", "NEIGHBOUR",
                        "description", "shouting at night", "severity", "LOW")),
                json(CHILD + "/concerns/{concern}/closure", pick -> body("closedOn", today, "reason", "no risk")),
                json(CHILD + "/interventions", pick -> body("type", "LEGAL_AID", "goal", "a lawyer for the family",
                        "openedOn", today, "concernId", pick.child().concernId())),
                json(INTERVENTION + "/progress", pick -> body("occurredOn", today, "note", "met the lawyer")),
                json(INTERVENTION + "/plan", pick -> body("goals", "a lawyer found", "nextReviewOn", reviewDay)),
                json(INTERVENTION + "/reviews", pick -> body("reviewedOn", today, "findings", "met the lawyer",
                        "nextReviewOn", reviewDay)),
                json(INTERVENTION + "/closure", pick -> body("closedOn", today, "outcome", "GOAL_MET", "note", "done")),
                json(CHILD + "/corrections", pick -> body("eventId", pick.child().firstEventId(), "field", "sex",
                        "correctedValue", "FEMALE", "reason", "typo")),
                json(CHILD + "/flags", pick -> body("message", "do not contact the father")),
                json(CHILD + "/flags/{flag}/removal", pick -> body("reason", "no longer needed")),
                json(CHILD + "/growth", pick -> body("kind", "HEALTH", "occurredOn", today, "text", "vaccinated")),
                json(CHILD + "/referrals", pick -> body("partnerId", pick.targets().partnerId(),
                        "reason", "absent from school", "madeOn", today)),
                json(REFERRAL + "/acceptance", pick -> body("acceptedOn", today)),
                json(REFERRAL + "/declining", pick -> body("declinedOn", today, "reason", "no place")),
                json(REFERRAL + "/completion", pick -> body("completedOn", today, "result", "back at school")),
                json(CHILD + "/approvals/{approval}/approval", pick -> body("reason", "confirmed")),
                json(CHILD + "/approvals/{approval}/rejection", pick -> body("reason", "not yet")),
                new Endpoint("POST", CHILD + "/attachments", Kind.MULTIPART, pick -> Map.of(),
                        List.of("kind", "visitId", "concernId", "interventionId")),
                // the write side: the workforce, partners, accounts, administration
                json("/api/v1/activities", pick -> body("type", "LEGAL_EDUCATION", "heldOn", today,
                        "area", "石洞镇/青龙村", "organiser", "青龙村委会", "participants", 30, "materialsDistributed", 60)),
                json("/api/v1/partners", pick -> body("name", "青龙村小学", "kind", "SCHOOL", "area", "石洞镇",
                        "phone", "13600001234")),
                json("/api/v1/workers", pick -> body("name", "王老师", "role", "CHILD_DIRECTOR",
                        "area", "石洞镇/青龙村", "phone", "13600001234", "registeredOn", today)),
                json("/api/v1/workers/{worker}/area", pick -> body("area", "石洞镇", "effectiveOn", today,
                        "reason", "now supervises the township")),
                json("/api/v1/workers/{worker}/trainings", pick -> body("course", "全覆盖培训", "completedOn", today,
                        "hours", 6)),
                json("/api/v1/workers/{worker}/retirement", pick -> body("retiredOn", today, "reason", "retired")),
                json("/api/v1/accounts", pick -> body("username", "hostile-" + UUID.randomUUID().toString()
                                .substring(0, 8), "role", "DIRECTOR", "area", "石洞镇/青龙村",
                        "password", "a-long-enough-password", "reason", "new director")),
                json("/api/v1/accounts/{account}/role", pick -> body("role", "SUPERVISOR", "area", "石洞镇",
                        "reason", "promoted")),
                json("/api/v1/accounts/{account}/disabling", pick -> body("reason", "left")),
                // the smallest read model: rebuilding them all replays the whole store, which a run would do dozens
                // of times (a spoilt body still asks for all now and then)
                json("/api/v1/admin/projections/rebuild", pick -> body("names", List.of("workforce"))).costly(),
                new Endpoint("POST", "/api/v1/integrity/checkpoints", Kind.NONE, pick -> Map.of(), List.of()),
                new Endpoint("POST", "/api/v1/imports", Kind.MULTIPART, pick -> Map.of(), List.of("dryRun")),
                // the read side
                get(CHILD, "asOf", "minPosition"),
                get(CHILD + "/history", PAGE),
                get(CHILD + "/timeline", "minPosition"),
                get(CHILD + "/attachments/{attachment}", "minPosition"),
                get("/api/v1/roster", concat(ROSTER_FILTERS, PAGE)),
                get("/api/v1/offline/children", PAGE),
                get("/api/v1/roster/count", concat(ROSTER_FILTERS, List.of("minPosition"))),
                get("/api/v1/roster/export", concat(ROSTER_FILTERS, List.of("format", "minPosition"))).costly(),
                get("/api/v1/retention/due", concat(List.of("on"), PAGE)),
                get("/api/v1/audit/access", "childId", "account", "from", "to", "limit", "cursor"),
                get("/api/v1/admin/projections"),
                get("/api/v1/approvals", concat(List.of("status"), PAGE)),
                get("/api/v1/partners", "minPosition"),
                get("/api/v1/workers", "minPosition"),
                get("/api/v1/activities", "from", "to", "minPosition"),
                get("/api/v1/accounts"),
                get("/api/v1/reports/corrections", PAGE),
                get("/api/v1/reports/overdue-visits", concat(List.of("township", "village"), PAGE)),
                get("/api/v1/reports/accountability", "from", "to", "minPosition"),
                get("/api/v1/reports/late-entries", concat(List.of("days"), PAGE)),
                get("/api/v1/reports/summary", "asOf", "from", "township", "format", "lang"),
                get("/api/v1/reports/intervention-timelines", "from", "to", "township", "type", "minPosition"),
                get("/api/v1/reports/possible-duplicates", "township", "minPosition"),
                get("/api/v1/reports/data-quality", "township", "minPosition"),
                get("/api/v1/concerns", concat(List.of("status", "escalated", "overdue"), PAGE)),
                get("/api/v1/integrity/checkpoints", "limit", "cursor"),
                get("/api/v1/integrity/public-key"),
                get("/api/v1/integrity/events/{event}/proof"),
                get("/api/v1/integrity/verification").costly(),
                get("/api/v1/imports/template", "format").costly(),
                get("/api/v1/imports/{job}"),
                // paths the contract does not have
                get("/api/v1/nothing-here"),
                json("/api/v1/nothing-here", pick -> body("a", 1)),
                get("/api/v2/children/{child}"),
                // the web interface
                get("/ui/roster", concat(ROSTER_FILTERS, List.of("cursor", "minPosition"))),
                get("/ui/approvals", "cursor", "minPosition"),
                get("/ui/children/{child}", "asOf", "cursor", "minPosition"),
                get("/ui/children/{child}/forms/{form}", "intervention", "concern", "event", "conflict"),
                get("/ui/field"),
                get("/ui/field/session"),
                get("/ui/sw.js"),
                get("/ui/children/new"),
                get("/ui/dashboard", "township"),
                get("/ui/inspection/integrity", "verify", "cursor"),
                get("/ui/inspection/access-log", "childId", "account", "from", "to", "cursor"),
                get("/ui/inspection/late-entries", "days", "cursor", "correctionsCursor"),
                get("/ui/workers"),
                get("/ui/activities"),
                get("/ui/imports"),
                get("/"),
                get("/ui"),
                get("/ui/forbidden"),
                get("/login", "error", "signedOut"),
                new Endpoint("POST", "/login", Kind.FORM, pick -> body("username", "director", "password", "test"),
                        List.of()),
                new Endpoint("POST", "/logout", Kind.FORM, pick -> Map.of(), List.of()),
                // operations
                get("/actuator/health"),
                get("/actuator/health/readiness"),
                get("/actuator/info"),
                get("/actuator/prometheus").costly(),
                get("/v3/api-docs").costly(),
                get("/swagger-ui.html"),
                // what the pages load
                get("/assets/shouhu.js"),
                get("/favicon.ico"));
    }

    /** Valid values of each query parameter an endpoint reads (hostile ones are added to these). */
    static Map<String, List<String>> validParameters(Targets targets) {
        String today = Hostile.today().toString();
        Targets.Child child = targets.children().get(0);
        List<String> cursors = targets.cursors().isEmpty() ? List.of("0") : targets.cursors();
        Map<String, List<String>> valid = new LinkedHashMap<>();
        valid.put("limit", List.of("1", "50", "500"));
        valid.put("cursor", cursors);
        valid.put("correctionsCursor", cursors);
        valid.put("minPosition", List.of("0", "1"));
        for (String date : List.of("asOf", "from", "to", "on")) {
            valid.put(date, List.of(today, "2020-01-01", LocalDate.of(2024, 5, 1).toString()));
        }
        valid.put("township", List.of("石洞镇", "拦江镇"));
        valid.put("village", List.of("青龙村", "红星村"));
        valid.put("category", List.of("LEFT_BEHIND", "ORPHAN"));
        valid.put("risk", List.of("HIGH", "LOW"));
        valid.put("status", List.of("OPEN", "CLOSED", "PENDING", "UNTRIAGED", "ESCALATED"));
        for (String flag : List.of("overdue", "escalated", "verify", "dryRun", "error", "signedOut")) {
            valid.put(flag, List.of("true", "false"));
        }
        valid.put("worker", targets.workers());
        valid.put("format", List.of("json", "csv", "xlsx", "text"));
        valid.put("lang", List.of("zh-CN", "en"));
        valid.put("type", List.of("LEGAL_AID", "OTHER"));
        valid.put("days", List.of("0", "7"));
        valid.put("childId", List.of(child.childId()));
        valid.put("account", List.of("director", "bureau"));
        valid.put("kind", List.of("PHOTO", "OTHER"));
        valid.put("visitId", List.of(child.visitId()));
        valid.put("concernId", List.of(child.concernId()));
        valid.put("interventionId", List.of(child.interventionId()));
        valid.put("intervention", List.of(child.interventionId()));
        valid.put("concern", List.of(child.concernId()));
        valid.put("event", List.of(child.firstEventId()));
        valid.put("conflict", List.of(child.conflictId()));
        return valid;
    }

    /** The forms of a child's page in the web interface. */
    static final List<String> FORMS = List.of("visit", "guardianship", "risk", "concern", "concern-closure",
            "intervention", "progress", "intervention-closure", "referral", "correction", "attachment", "flag", "conflict");

    private static Endpoint json(String path, Function<Pick, Object> body) {
        return new Endpoint("POST", path, Kind.JSON, body, List.of());
    }

    private static Endpoint get(String path, String... parameters) {
        return get(path, List.of(parameters));
    }

    private static Endpoint get(String path, List<String> parameters) {
        return new Endpoint("GET", path, Kind.NONE, pick -> Map.of(), parameters);
    }

    /** A body's members in the order given (name, value, name, value, ...). */
    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
