package org.shouhu.ops.monitoring;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipped monitoring ({@code ops/monitoring}): Prometheus accepts its configuration and
 * rules, the rules pass their unit tests, and every metric the rules and the Grafana dashboard
 * name is one the application exports. Needs {@code promtool} (Debian's {@code prometheus}).
 */
class MonitoringRulesTest extends ApplicationTest {

    private static final Path MONITORING = Path.of("monitoring");
    private static final Pattern METRIC = Pattern.compile(
            "\\b(shouhu_[a-z_]+|http_server_requests_seconds_[a-z]+|hikaricp_[a-z_]+|jvm_[a-z_]+)\\b");
    private static final long PROMTOOL_SECONDS = 120;

    @Test
    void prometheus_accepts_the_configuration_and_the_rules() throws Exception {
        promtool("check", "config", "prometheus.yml");
        promtool("check", "rules", "alerts.yml");
    }

    @Test
    void the_alert_rules_pass_their_unit_tests() throws Exception {
        promtool("test", "rules", "alerts.test.yml");
    }

    @Test
    void every_metric_the_rules_and_the_dashboard_name_is_exported() throws IOException {
        register(Children.registration()); // a command, so that the command metrics exist
        Set<String> named = new TreeSet<>();
        for (String file : List.of("alerts.yml", "grafana-dashboard.json")) {
            Matcher metric = METRIC.matcher(Files.readString(MONITORING.resolve(file)));
            while (metric.find()) {
                named.add(metric.group(1));
            }
        }
        assertThat(named).contains("shouhu_processor_lag_events", "shouhu_integrity_intact", "shouhu_visits_overdue");
        await("the domain figures counted").atMost(Duration.ofSeconds(30))
                .until(() -> api.anonymous().get("/actuator/prometheus").body().contains("shouhu_cases_open{"));
        String scrape = api.anonymous().get("/actuator/prometheus").body();
        for (String metric : named) {
            assertThat(scrape).as("exported: " + metric).containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    private static void promtool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("promtool", ".out");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(MONITORING.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
        } catch (IOException notInstalled) {
            throw new AssertionError("promtool is needed: apt-get install prometheus", notInstalled);
        }
        boolean ended = process.waitFor(PROMTOOL_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertThat(ended).as("promtool ended: " + text).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + text).isZero();
    }
}
