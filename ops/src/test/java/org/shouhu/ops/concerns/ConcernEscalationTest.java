package org.shouhu.ops.concerns;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.MutableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A concern left untriaged past its deadline is escalated exactly once, by a deadline kept in
 * PostgreSQL: it falls due while the application is stopped, is carried out after the start,
 * and is not carried out again by the start after that. The district clock is a test clock
 * that every start of the application shares, so days pass in a moment.
 */
class ConcernEscalationTest {

    /** Polled often, so that a due deadline is carried out within the test's patience. */
    private static final Duration POLLING = Duration.ofMillis(200);
    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    @TempDir
    Path dataDir;

    @AfterAll
    static void restoreClock() {
        MutableClock.restoreAxonClock();
    }

    @Test
    void an_untriaged_concern_is_escalated_once_even_across_restarts() {
        LocalDate today = LocalDate.now(CLOCK);
        String child;
        String untriaged;
        String closed;
        String answered;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            child = "/api/v1/children/" + api.post("/api/v1/children", Children.registration()).json()
                    .get("childId").asText();
            untriaged = raise(api, child, "HIGH", today);
            closed = raise(api, child, "LOW", today);
            assertThat(api.post(child + "/concerns/" + closed + "/closure",
                    Map.of("reason", "The teacher confirmed the absence was illness")).status()).isEqualTo(200);
            answered = raise(api, child, "MEDIUM", today);
            assertThat(api.post(child + "/interventions", Map.of("type", "EDUCATION_SUPPORT",
                    "goal", "Back to school", "openedOn", today.toString(), "concernId", answered)).status())
                    .isEqualTo(201);
            assertThat(deadlines(first)).as("each concern's deadline is stored").isEqualTo(3);
            assertThat(untriaged(api, first.getBean(JdbcTemplate.class))).containsExactly(untriaged);
        }

        // the deadlines (3, 7 and 14 days) all fall due while the application is stopped
        CLOCK.advance(Duration.ofDays(15));

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> escalations(jdbc) == 1 && deadlines(second) == 0);
            assertThat(escalatedConcerns(jdbc)).as("only the concern nobody triaged").containsExactly(untriaged);

            JsonNode escalated = api.get("/api/v1/concerns?escalated=true&overdue=true&minPosition="
                    + head(jdbc)).json().get("items");
            assertThat(escalated).hasSize(1);
            assertThat(escalated.get(0).get("concernId").asText()).isEqualTo(untriaged);
            assertThat(escalated.get(0).get("severity").asText()).isEqualTo("HIGH");
            assertThat(escalated.get(0).get("overdue").asBoolean()).isTrue();
            assertThat(escalated.get(0).get("escalatedAt").isNull()).isFalse();

            JsonNode history = api.get(child + "/history?limit=100&minPosition=" + head(jdbc)).json().get("items");
            JsonNode escalation = null;
            for (JsonNode entry : history) {
                if (entry.get("type").asText().equals("ConcernEscalated")) {
                    escalation = entry;
                }
            }
            assertThat(escalation).as("the escalation is in the child's history").isNotNull();
            assertThat(escalation.get("actor").get("id").asText()).as("done by the system, not a person")
                    .isEqualTo("system");
            assertThat(escalation.get("recordedAt").asText()).as("recorded when the deadline fell due")
                    .isGreaterThan(Instant.now().plus(Duration.ofDays(14)).toString());
            assertThat(escalation.get("summary").asText()).contains("escalated to the supervisor of 石洞镇");
        }

        try (ConfigurableApplicationContext third = start()) {
            JdbcTemplate jdbc = third.getBean(JdbcTemplate.class);
            // several polling rounds: a deadline carried out once is not carried out again
            await().pollDelay(POLLING.multipliedBy(10)).atMost(Duration.ofSeconds(10)).until(() -> true);
            assertThat(escalations(jdbc)).isEqualTo(1);

            // and a deadline that falls due while the application runs is carried out too, once
            Api api = api(third);
            String critical = raise(api, child, "CRITICAL", LocalDate.now(CLOCK));
            CLOCK.advance(Duration.ofHours(25));
            await().atMost(Duration.ofSeconds(30)).until(() -> escalations(jdbc) == 2);
            assertThat(escalatedConcerns(jdbc)).containsExactlyInAnyOrder(untriaged, critical);
        }
    }

    private static String raise(Api api, String child, String severity, LocalDate on) {
        Api.Reply reply = api.post(child + "/concerns", Map.of("occurredOn", on.toString(), "source", "SCHOOL",
                "description", "Absent from school for a week", "severity", severity));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("concernId").asText();
    }

    private static List<String> untriaged(Api api, JdbcTemplate jdbc) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/concerns?status=UNTRIAGED&minPosition=" + head(jdbc)).json().get("items")
                .forEach(item -> ids.add(item.get("concernId").asText()));
        return ids;
    }

    private static long escalations(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                "org.shouhu.events.concerns.ConcernEscalated");
    }

    /** The escalated concerns, read from the events' payloads (concern ids are not personal data). */
    private static List<String> escalatedConcerns(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT payload::jsonb ->> 'concernId' FROM domain_event_entry
                 WHERE payload_type = 'org.shouhu.events.concerns.ConcernEscalated'""", String.class);
    }

    private static long deadlines(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM scheduling.scheduled_tasks", Long.class);
    }

    private static long head(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort(), "director");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ShouhuApplication.class, SharedClock.class).profiles("test").run(
                "--server.port=0", "--shouhu.embedded-db.data-dir=" + dataDir, "--shouhu.embedded-db.ephemeral=false",
                "--shouhu.deadlines.polling-interval=" + POLLING.toMillis() + "ms");
    }

    /** Every start of the application reads the one test clock, as Axon stamps its events with it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            GenericEventMessage.clock = CLOCK;
            return CLOCK;
        }
    }
}
