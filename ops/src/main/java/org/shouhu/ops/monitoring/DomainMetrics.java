package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import org.shouhu.ops.time.Repeating;
import org.shouhu.query.projections.OnQueryNode;
import org.shouhu.query.visits.VisitDutyPolicy;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a bureau watches, by township (the finest tag: villages would make too many
 * series), counted from the read models every {@code shouhu.monitoring.domain-refresh}:
 * <ul>
 * <li>{@code shouhu_cases_open}: open cases;</li>
 * <li>{@code shouhu_visits_overdue}: open cases whose visit is overdue under the visit-duty policy;</li>
 * <li>{@code shouhu_concerns_untriaged_overdue}: concerns still untriaged past their triage deadline;</li>
 * <li>{@code shouhu_coverage_ratio}: the share of open cases with an active responsible worker
 * (the summary report's coverage rate).</li>
 * </ul>
 * Counts only, never a child's id or name.
 */
@Component
@OnQueryNode
public class DomainMetrics extends Repeating {

    private final NamedParameterJdbcTemplate jdbc;
    private final VisitDutyPolicy policy;
    private final Clock clock;
    private final TownshipFigures open;
    private final TownshipFigures overdue;
    private final TownshipFigures untriaged;
    private final TownshipFigures coverage;

    public DomainMetrics(NamedParameterJdbcTemplate jdbc, VisitDutyPolicy policy, Clock clock, MeterRegistry registry,
                         MonitoringProperties properties) {
        super("domain-metrics", Duration.ZERO, properties.domainRefresh());
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        open = new TownshipFigures(MultiGauge.builder("shouhu.cases.open").description("Open cases, by township")
                .register(registry));
        overdue = new TownshipFigures(MultiGauge.builder("shouhu.visits.overdue")
                .description("Open cases whose visit is overdue, by township").register(registry));
        untriaged = new TownshipFigures(MultiGauge.builder("shouhu.concerns.untriaged.overdue")
                .description("Concerns untriaged past their triage deadline, by township").register(registry));
        coverage = new TownshipFigures(MultiGauge.builder("shouhu.coverage").baseUnit("ratio")
                .description("Share of open cases with an active responsible worker, by township").register(registry));
    }

    @Override
    protected void runOnce() {
        MapSqlParameterSource parameters = new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("now", Timestamp.from(clock.instant()));
        Map<String, Long> openCases = new TreeMap<>();
        Map<String, Long> overdueCases = new TreeMap<>();
        Map<String, Double> covered = new TreeMap<>();
        Map<String, Long> late = new TreeMap<>();
        jdbc.query("SELECT c.township, count(*) FILTER (WHERE c.status = 'OPEN') AS open,"
                + " count(*) FILTER (WHERE " + policy.overdueSql() + ") AS overdue,"
                + " count(*) FILTER (WHERE c.status = 'OPEN' AND w.worker_id IS NOT NULL) AS covered"
                + " FROM read_model.child_file c"
                + " LEFT JOIN read_model.worker w ON w.worker_id = c.responsible_worker AND w.active"
                + " WHERE NOT c.erased GROUP BY c.township", parameters, row -> {
            String township = row.getString("township");
            long open = row.getLong("open");
            late.put(township, 0L);
            openCases.put(township, open);
            overdueCases.put(township, row.getLong("overdue"));
            covered.put(township, open == 0 ? 1.0 : row.getLong("covered") / (double) open);
        });
        // every township with children gets a series, 0 when nothing is late: an alert sees 0, not nothing
        jdbc.query("SELECT township, count(*) AS late FROM read_model.concern"
                + " WHERE status = 'UNTRIAGED' AND triage_by < :now GROUP BY township", parameters,
                (RowCallbackHandler) row -> late.put(row.getString("township"), row.getLong("late")));
        open.set(openCases);
        overdue.set(overdueCases);
        coverage.set(covered);
        untriaged.set(late);
    }
}
