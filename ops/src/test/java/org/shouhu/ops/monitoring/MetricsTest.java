package org.shouhu.ops.monitoring;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an operator's Prometheus scrapes from {@code /actuator/prometheus}, without an account. */
class MetricsTest extends ApplicationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void processor_lag_rises_while_the_processor_is_paused_and_returns_to_zero_after() {
        TrackingEventProcessor roster = processing.eventProcessor("roster", TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> lag("roster") == 0);
        roster.shutDown();
        try {
            // the figures are read in the background (shouhu.monitoring.store-refresh): wait for the next reading
            register(Children.registration());
            await("lag while paused").atMost(Duration.ofSeconds(10)).until(() -> lag("roster") > 0);
            double afterOne = lag("roster");
            register(Children.registration());
            await("lag keeps rising while paused").atMost(Duration.ofSeconds(10)).until(() -> lag("roster") > afterOne);
            double afterTwo = lag("roster");
            await("the other read models keep up").atMost(Duration.ofSeconds(30)).until(() -> lag("child-history") == 0);
            assertThat(lag("roster")).as("while the paused one stays behind").isGreaterThanOrEqualTo(afterTwo);
        } finally {
            roster.start();
        }
        await("the roster catches up").atMost(Duration.ofSeconds(30)).until(() -> lag("roster") == 0);
    }

    @Test
    void commands_are_counted_by_name_and_outcome_and_events_by_type() {
        String childId = register(Children.registration());
        double accepted = value("shouhu_commands_seconds_count", "command=\"RecordVisit\",outcome=\"accepted\"");
        double refused = value("shouhu_commands_seconds_count", "command=\"RecordVisit\",outcome=\"refused\"");
        double visits = value("shouhu_events_appended_total", "type=\"VisitRecorded\"");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(api.post("/api/v1/children/" + childId + "/visits", visit(today)).status()).isEqualTo(201);
        Api.Reply refusal = api.post("/api/v1/children/" + childId + "/visits", visit(today.plusDays(3)));
        assertThat(refusal.status()).as("a visit in the future is refused: " + refusal).isEqualTo(422);

        assertThat(value("shouhu_commands_seconds_count", "command=\"RecordVisit\",outcome=\"accepted\""))
                .isEqualTo(accepted + 1);
        assertThat(value("shouhu_commands_seconds_count", "command=\"RecordVisit\",outcome=\"refused\""))
                .isEqualTo(refused + 1);
        assertThat(value("shouhu_events_appended_total", "type=\"VisitRecorded\"")).isEqualTo(visits + 1);
        assertThat(scrape()).contains("http_server_requests_seconds_bucket", "shouhu_processor_dead_letters{",
                "shouhu_store_head_position", "shouhu_nodes_alive{", "shouhu_integrity_intact",
                "hikaricp_connections_pending");
    }

    @Test
    void a_verification_is_logged_for_every_node_and_exported() {
        long logged = jdbc.queryForObject("SELECT count(*) FROM integrity.verification", Long.class);
        Api.Reply verification = api.as("inspector").get("/api/v1/integrity/verification");
        assertThat(verification.json().get("status").asText()).isEqualTo("intact");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM integrity.verification", Long.class)).isEqualTo(logged + 1);
        await("the newest verification exported").atMost(Duration.ofSeconds(30))
                .until(() -> value("shouhu_integrity_intact", "application") == 1.0
                        && value("shouhu_integrity_verified_timestamp_seconds", "application") > 0);
    }

    @Test
    void the_probes_answer_without_an_account() {
        Api anonymous = api.anonymous();
        assertThat(anonymous.get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
    }

    private static Map<String, Object> visit(LocalDate on) {
        return Map.of("occurredOn", on.toString(), "kind", "HOME", "childSeen", true, "findings", "家中整洁",
                "riskIndicators", List.of());
    }

    private double lag(String processor) {
        return value("shouhu_processor_lag_events", "processor=\"" + processor + "\"");
    }

    private String scrape() {
        Api.Reply reply = api.anonymous().get("/actuator/prometheus");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    /** The value of the series of {@code name} whose labels contain {@code labels}; 0 when there is none yet. */
    private double value(String name, String labels) {
        Matcher series = Pattern.compile("^" + name + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE).matcher(scrape());
        while (series.find()) {
            if (series.group(1).contains(labels)) {
                return Double.parseDouble(series.group(2));
            }
        }
        return 0;
    }
}
