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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-quality report on a township of its own, seeded with one record of each flaw (and
 * one complete record, one closed case and one child elsewhere): every flaw lists exactly the
 * records that have it, per village and per worker, with the share of complete records. The
 * test clock lets one record be two years old.
 */
@Import(MutableClock.Configuration.class)
class DataQualityTest extends ApplicationTest {

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

    @Test
    void the_report_lists_exactly_the_flawed_records_per_village_and_worker() {
        LocalDate today = LocalDate.now();
        String township = "质量镇" + System.nanoTime() % 100000;
        String good = township + "/好村";
        Api bureau = api.as("bureau");
        String director = worker(bureau, "quality-director-" + System.nanoTime(), good);
        String leaving = worker(bureau, "quality-leaving-" + System.nanoTime(), good);

        clock.setDay(today.minusDays(800));
        String old = child(bureau, township, "好村", today.minusYears(9), true, director, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        clock.setDay(today);
        String complete = child(bureau, township, "好村", today.minusYears(9), true, director, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        String noGuardian = child(bureau, township, "好村", today.minusYears(9), false, director, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        String noWorker = child(bureau, township, "好村", today.minusYears(9), true, null, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        String retiredWorker = child(bureau, township, "好村", today.minusYears(9), true, leaving, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        String neverVisited = child(bureau, township, "好村", today.minusYears(9), true, director, null, "MIGRANT_WORKER_OUT_OF_PROVINCE");
        String ofAge = child(bureau, township, "好村", today.minusYears(18).minusDays(10), true, director, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        String parentsHome = child(bureau, township, "好村", today.minusYears(9), true, director, clock.instant(), "AT_HOME");
        String closed = child(bureau, township, "好村", today.minusYears(9), false, null, null, "AT_HOME");
        assertThat(bureau.post("/api/v1/children/" + closed + "/closure", Map.of("effectiveOn", today.toString(),
                "reason", "moved to the city")).status()).isEqualTo(200);
        String otherVillage = child(bureau, township, "差村", today.minusYears(9), true, null, clock.instant(), "MIGRANT_WORKER_OUT_OF_PROVINCE");
        child(bureau, "别的镇" + System.nanoTime() % 100000, "某村", today.minusYears(9), false, null, null, "AT_HOME");
        assertThat(bureau.post("/api/v1/workers/" + leaving + "/retirement", Map.of("reason", "moved away")).status())
                .isEqualTo(200);

        JsonNode report = bureau.get("/api/v1/reports/data-quality?township=" + encode(township) + "&minPosition="
                + head()).json();

        assertThat(report.get("openCases").asInt()).as("the closed case is not counted").isEqualTo(9);
        JsonNode goodVillage = area(report, "好村");
        assertThat(goodVillage.get("openCases").asInt()).isEqualTo(8);
        assertThat(flawed(goodVillage)).isEqualTo(Map.of(
                "MISSING_GUARDIAN", Set.of(noGuardian),
                "MISSING_WORKER", Set.of(noWorker, retiredWorker),
                "MISSING_RESIDENT_ID", Set.of(),
                "NO_RECENT_VISIT", Set.of(old, neverVisited),
                "OF_AGE_STILL_OPEN", Set.of(ofAge),
                "LEFT_BEHIND_PARENTS_AT_HOME", Set.of(parentsHome),
                "NOT_KEPT_UP", Set.of(old)));
        assertThat(goodVillage.get("completeness").decimalValue()).as("1 complete record of 8")
                .isEqualByComparingTo("0.125");
        JsonNode badVillage = area(report, "差村");
        assertThat(flawed(badVillage).get("MISSING_WORKER")).containsExactly(otherVillage);
        assertThat(badVillage.get("completeness").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("areas")).as("only the township asked for").hasSize(2);

        JsonNode directorRow = worker(report, director);
        assertThat(directorRow.get("openCases").asInt()).isEqualTo(6);
        assertThat(flawed(directorRow).get("NO_RECENT_VISIT")).containsExactlyInAnyOrder(old, neverVisited);
        assertThat(flawed(worker(report, leaving)).get("MISSING_WORKER")).containsExactly(retiredWorker);
        assertThat(complete).isNotNull();
    }

    private String child(Api bureau, String township, String village, LocalDate born, boolean guardian,
                         String worker, java.time.Instant visitedAt, String father) {
        Map<String, Object> body = new HashMap<>(Children.registration(born));
        body.put("township", township);
        body.put("village", village);
        body.put("parents", Map.of("father", father, "mother", "AT_HOME"));
        if (!guardian) {
            body.remove("guardian");
        }
        Api.Reply registered = bureau.post("/api/v1/children", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String child = registered.json().get("childId").asText();
        if (worker != null) {
            assertThat(bureau.post("/api/v1/children/" + child + "/responsible-worker", Map.of("workerId", worker))
                    .status()).isEqualTo(200);
        }
        if (visitedAt != null) {
            assertThat(bureau.post("/api/v1/children/" + child + "/visits", Map.of("occurredOn",
                    LocalDate.now(clock).toString(), "kind", "HOME", "childSeen", true, "findings", "fine"))
                    .status()).isEqualTo(201);
        }
        return child;
    }

    private static String worker(Api bureau, String workerId, String area) {
        Api.Reply reply = bureau.post("/api/v1/workers", Map.of("workerId", workerId, "name", "质量老师",
                "role", "CHILD_DIRECTOR", "area", area, "phone", "13500002222"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return workerId;
    }

    private static JsonNode area(JsonNode report, String village) {
        for (JsonNode area : report.get("areas")) {
            if (area.get("village").asText().equals(village)) {
                return area;
            }
        }
        throw new AssertionError("no village " + village + " in " + report);
    }

    private static JsonNode worker(JsonNode report, String workerId) {
        for (JsonNode worker : report.get("workers")) {
            if (worker.get("workerId").asText().equals(workerId)) {
                return worker;
            }
        }
        throw new AssertionError("no worker " + workerId + " in " + report);
    }

    /** Each flaw with the children listed for it (a child once per flaw, as the count says). */
    private static Map<String, Set<String>> flawed(JsonNode row) {
        Map<String, Set<String>> flaws = new HashMap<>();
        row.get("flaws").fields().forEachRemaining(flaw -> {
            Set<String> children = new HashSet<>();
            flaw.getValue().get("children").forEach(child -> children.add(child.asText()));
            assertThat(flaw.getValue().get("count").asInt()).isEqualTo(children.size());
            flaws.put(flaw.getKey(), children);
        });
        return flaws;
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
