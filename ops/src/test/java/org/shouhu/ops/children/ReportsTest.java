package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's reports on a district seeded through the API, on days a movable clock sets:
 * the summary's figures, the summary as of a past day, overdue visits and accountability.
 * Each test works in a township of its own, so the figures are exactly its own.
 */
@Import(MutableClock.Configuration.class)
class ReportsTest extends ApplicationTest {

    private static final List<String> CATEGORIES = List.of("LEFT_BEHIND", "DISABLED", "URBAN_SUBSISTENCE",
            "RURAL_SUBSISTENCE", "EXTREME_POVERTY", "ORPHAN", "DE_FACTO_UNSUPPORTED");
    private static final List<String> ROLES = List.of("CHILD_SUPERVISOR", "CHILD_DIRECTOR", "SOCIAL_WORKER",
            "GRID_WORKER", "CARING_MOTHER_VOLUNTEER");

    @Autowired
    private MutableClock clock;

    @BeforeEach
    void stampEventsWithTheTestClock() {
        clock.stampAxonEvents();
    }

    @AfterAll
    static void restoreClock() {
        MutableClock.restoreAxonClock();
    }

    private Api bureau() {
        return api.as("bureau");
    }

    private String township(String name) {
        return name + System.nanoTime() % 100000;
    }

    private String register(String township, String village, String category, String relation) {
        Map<String, Object> body = Children.registration(LocalDate.now(clock).minusYears(8));
        body.put("township", township);
        body.put("village", village);
        body.put("primaryCategory", category);
        body.put("guardian", Map.of("guardianName", "监护人", "relation", relation, "phone", "13800001111",
                "effectiveOn", body.get("dateOfBirth")));
        Api.Reply reply = bureau().post("/api/v1/children", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("childId").asText();
    }

    private String worker(String id, String role, String area) {
        Api.Reply reply = bureau().post("/api/v1/workers", Map.of("workerId", id, "name", "刘老师", "role", role,
                "area", area, "phone", "13500001111"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id;
    }

    private JsonNode summary(String query) {
        Api.Reply reply = bureau().get("/api/v1/reports/summary?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void the_summary_counts_exactly_the_children_guardians_and_workers_seeded_and_says_them_in_chinese() {
        clock.setDay(LocalDate.now().minusDays(1));
        Random random = new Random();
        String township = township("统计镇");
        Map<String, Integer> children = new LinkedHashMap<>();
        int grandparents = 0;
        int others = 0;
        for (String category : CATEGORIES) {
            int count = random.nextInt(4);
            children.put(category, count);
            for (int i = 0; i < count; i++) {
                boolean withGrandparents = random.nextBoolean();
                if (category.equals("LEFT_BEHIND")) {
                    if (withGrandparents) {
                        grandparents++;
                    } else {
                        others++;
                    }
                }
                register(township, "一村", category, withGrandparents
                        ? (random.nextBoolean() ? "PATERNAL_GRANDPARENT" : "MATERNAL_GRANDPARENT") : "OTHER_RELATIVE");
            }
        }
        Map<String, Integer> workers = new LinkedHashMap<>();
        for (String role : ROLES) {
            int count = random.nextInt(3);
            workers.put(role, count);
            for (int i = 0; i < count; i++) {
                worker("w" + Math.abs(township.hashCode()) + "-" + role.toLowerCase().replace('_', '-') + "-" + i, role,
                        role.equals("CHILD_DIRECTOR") ? township + "/一村" : township);
            }
        }

        JsonNode summary = summary("township=" + township);
        for (String category : CATEGORIES) {
            assertThat(summary.get("openCasesByCategory").get(category).asLong()).as(category)
                    .isEqualTo(children.get(category).longValue());
        }
        assertThat(summary.get("openCases").asLong()).isEqualTo(children.values().stream().mapToInt(i -> i).sum());
        assertThat(summary.get("leftBehindByGuardian").get("GRANDPARENTS").asLong()).isEqualTo(grandparents);
        assertThat(summary.get("leftBehindByGuardian").get("OTHERS").asLong()).isEqualTo(others);
        for (String role : ROLES) {
            assertThat(summary.get("workforceByRole").get(role).asLong()).as(role).isEqualTo(workers.get(role).longValue());
        }

        String text = bureau().get("/api/v1/reports/summary?township=" + township + "&format=text&lang=zh-CN").body();
        assertThat(text).contains("共有留守儿童和困境儿童" + summary.get("openCases").asLong() + "名")
                .contains("其中留守儿童" + children.get("LEFT_BEHIND") + "名")
                .contains("由祖父母或外祖父母监护的" + grandparents + "人", "其他人监护的" + others + "人")
                .contains(children.get("DISABLED") + "名未成年残疾人", children.get("URBAN_SUBSISTENCE") + "名城镇低保未成年人",
                        children.get("RURAL_SUBSISTENCE") + "名农村低保未成年人", children.get("EXTREME_POVERTY") + "名特困未成年人",
                        children.get("ORPHAN") + "名孤儿", children.get("DE_FACTO_UNSUPPORTED") + "名事实无人抚养儿童")
                .contains("儿童督导员" + workers.get("CHILD_SUPERVISOR") + "名", "儿童主任" + workers.get("CHILD_DIRECTOR") + "名");
        assertThat(bureau().get("/api/v1/reports/summary?township=" + township + "&format=text&lang=en").body())
                .contains(children.get("ORPHAN") + " orphans");
    }

    @Test
    void the_summary_as_of_a_past_day_ignores_everything_recorded_after_it() {
        LocalDate day = LocalDate.now().minusDays(10);
        clock.setDay(day);
        String township = township("往日镇");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(register(township, "二村", "ORPHAN", "INSTITUTION"));
        }
        JsonNode before = summary("township=" + township + "&asOf=" + day);

        clock.setDay(day.plusDays(2));
        bureau().post("/api/v1/children/" + first.get(0) + "/closure", Map.of("effectiveOn", day.plusDays(2).toString(),
                "reason", "adopted"));
        register(township, "二村", "DISABLED", "PARENT");
        register(township, "二村", "ORPHAN", "INSTITUTION");

        JsonNode then = summary("township=" + township + "&asOf=" + day);
        assertThat(then).isEqualTo(before);
        assertThat(then.get("openCasesByCategory").get("ORPHAN").asLong()).isEqualTo(3);
        JsonNode now = summary("township=" + township + "&asOf=" + day.plusDays(2));
        assertThat(now.get("openCasesByCategory").get("ORPHAN").asLong()).isEqualTo(3);
        assertThat(now.get("openCasesByCategory").get("DISABLED").asLong()).isEqualTo(1);
        assertThat(now.get("openCases").asLong()).isEqualTo(4);
    }

    @Test
    void overdue_visits_and_accountability_give_exactly_the_expected_rows() {
        LocalDate start = LocalDate.now().minusDays(200);
        clock.setDay(start);
        String township = township("巡访镇");
        String village = "三村";
        String workerId = worker("w" + Math.abs(township.hashCode()) + "-director", "CHILD_DIRECTOR", township + "/" + village);
        String leftBehind = register(township, village, "LEFT_BEHIND", "PATERNAL_GRANDPARENT");   // every 90 days
        String orphan = register(township, village, "ORPHAN", "INSTITUTION");                     // every 30 days
        for (String child : List.of(leftBehind, orphan)) {
            assertThat(bureau().post("/api/v1/children/" + child + "/responsible-worker",
                    Map.of("workerId", workerId)).status()).isEqualTo(200);
        }

        LocalDate today = start.plusDays(130);
        clock.setDay(today);
        visit(leftBehind, start.plusDays(10));
        visit(leftBehind, start.plusDays(120));
        long position = visit(orphan, start.plusDays(20));

        JsonNode overdue = bureau().get("/api/v1/reports/overdue-visits?township=" + township + "&minPosition="
                + position).json();
        assertThat(overdue.get("items")).hasSize(1);
        JsonNode row = overdue.get("items").get(0);
        assertThat(row.get("childId").asText()).isEqualTo(orphan);
        assertThat(row.get("responsibleWorker").asText()).isEqualTo(workerId);
        assertThat(row.get("nextVisitDue").asText()).isEqualTo(start.plusDays(50).toString());
        assertThat(row.get("daysOverdue").asInt()).isEqualTo(80);
        assertThat(overdue.get("byPlace").get(0).get("overdue").asLong()).isEqualTo(1);

        JsonNode account = bureau().get("/api/v1/reports/accountability?from=" + start + "&to=" + today
                + "&minPosition=" + position).json();
        JsonNode worker = rowOf(account.get("workers"), "workerId", workerId);
        assertThat(worker.get("children").asInt()).isEqualTo(2);
        assertThat(worker.get("visitsDue").asInt()).as("131 days: 2 for every 90, 5 for every 30").isEqualTo(7);
        assertThat(worker.get("visitsDone").asInt()).isEqualTo(3);
        assertThat(worker.get("visitsOnTime").asInt()).isEqualTo(2);
        assertThat(worker.get("visitsLate").asInt()).as("110 days after the one before").isEqualTo(1);
        assertThat(worker.get("overdueAtEnd").asInt()).isEqualTo(1);
        assertThat(worker.get("annualTrainingDone").asBoolean()).isFalse();
        JsonNode place = rowOf(account.get("places"), "township", township);
        assertThat(place.get("openCases").asInt()).isEqualTo(2);
        assertThat(place.get("withoutActiveWorker").asInt()).isZero();
        assertThat(place.get("lateEntries").asLong()).as("all three recorded more than 7 days late").isEqualTo(3);

        Api.Reply retired = bureau().post("/api/v1/workers/" + workerId + "/retirement", Map.of("reason", "moved away"));
        assertThat(retired.json().get("childrenNeedingNewWorker")).hasSize(2);
        JsonNode after = bureau().get("/api/v1/reports/accountability?from=" + start + "&to=" + today
                + "&minPosition=" + retired.position()).json();
        assertThat(rowOf(after.get("places"), "township", township).get("withoutActiveWorker").asInt()).isEqualTo(2);
    }

    @Test
    void a_child_is_not_given_a_retired_worker_or_one_of_another_village() {
        clock.setDay(LocalDate.now());
        String township = township("责任镇");
        String child = register(township, "四村", "LEFT_BEHIND", "PATERNAL_GRANDPARENT");
        String elsewhere = worker("w" + Math.abs(township.hashCode()) + "-other", "CHILD_DIRECTOR", township + "/五村");
        String retiring = worker("w" + Math.abs(township.hashCode()) + "-retiring", "CHILD_DIRECTOR", township + "/四村");
        bureau().post("/api/v1/workers/" + retiring + "/retirement", Map.of("reason", "retired"));

        Api.Reply outOfArea = bureau().post("/api/v1/children/" + child + "/responsible-worker", Map.of("workerId", elsewhere));
        assertThat(outOfArea.status()).isEqualTo(422);
        assertThat(outOfArea.json().get("errors").get(0).get("rule").asText()).isEqualTo("worker.out-of-area");
        assertThat(outOfArea.json().get("errors").get(0).get("field").asText()).isEqualTo("workerId");
        Api.Reply retired = bureau().post("/api/v1/children/" + child + "/responsible-worker", Map.of("workerId", retiring));
        assertThat(retired.status()).isEqualTo(422);
        assertThat(retired.json().get("errors").get(0).get("rule").asText()).isEqualTo("worker.retired");
        assertThat(eventCount(child)).as("nothing recorded").isEqualTo(2);
    }

    @Test
    void a_review_past_its_date_shows_on_the_roster_and_in_the_timeline_report() {
        LocalDate start = LocalDate.now().minusDays(60);
        clock.setDay(start);
        String township = township("复查镇");
        String child = "/api/v1/children/" + register(township, "六村", "LEFT_BEHIND", "PATERNAL_GRANDPARENT");
        Api.Reply opened = bureau().post(child + "/interventions", Map.of("type", "LEGAL_AID", "goal", "a lawyer",
                "openedOn", start.toString()));
        String intervention = child + "/interventions/" + opened.json().get("interventionId").asText();
        assertThat(bureau().post(intervention + "/plan", Map.of("goals", "custody settled",
                "nextReviewOn", start.plusDays(14).toString())).status()).isEqualTo(200);
        clock.setDay(start.plusDays(1));
        Api.Reply reviewed = bureau().post(intervention + "/reviews", Map.of("reviewedOn", start.plusDays(1).toString(),
                "findings", "hearing set", "nextReviewOn", start.plusDays(21).toString()));
        assertThat(reviewed.status()).isEqualTo(200);

        clock.setDay(start.plusDays(20));
        assertThat(reviewOverdue(township, reviewed.position())).as("not yet due").isFalse();
        clock.setDay(start.plusDays(30));
        assertThat(reviewOverdue(township, reviewed.position())).isTrue();
        JsonNode report = bureau().get("/api/v1/reports/intervention-timelines?township=" + township + "&from="
                + start + "&to=" + start.plusDays(30)).json();
        assertThat(report.get("items").get(0).get("openBeyondReview").asInt()).isEqualTo(1);
    }

    private boolean reviewOverdue(String township, long position) {
        JsonNode items = bureau().get("/api/v1/roster?township=" + township + "&minPosition=" + position).json()
                .get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("nextReviewDue").asText()).isNotBlank();
        return items.get(0).get("reviewOverdue").asBoolean();
    }

    private long visit(String childId, LocalDate on) {
        Api.Reply reply = bureau().post("/api/v1/children/" + childId + "/visits", Map.of("occurredOn", on.toString(),
                "kind", "HOME", "childSeen", true, "findings", "seen"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.position();
    }

    private static JsonNode rowOf(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value + " in " + rows);
    }
}
