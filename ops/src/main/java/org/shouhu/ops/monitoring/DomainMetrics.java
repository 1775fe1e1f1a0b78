package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
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
import java.util.ArrayList;
import java.util.List;
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
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge untriaged;
    private final MultiGauge coverage;

    public DomainMetrics(NamedParameterJdbcTemplate jdbc, VisitDutyPolicy policy, Clock clock, MeterRegistry registry,
                         MonitoringProperties properties) {
        super("domain-metrics", Duration.ZERO, properties.domainRefresh());
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        open = MultiGauge.builder("shouhu.cases.open").description("Open cases, by township").register(registry);
        overdue = MultiGauge.builder("shouhu.visits.overdue")
                .description("Open cases whose visit is overdue, by township").register(registry);
        untriaged = MultiGauge.builder("shouhu.concerns.untriaged.overdue")
                .description("Concerns untriaged past their triage deadline, by township").register(registry);
        coverage = MultiGauge.builder("shouhu.coverage").baseUnit("ratio")
                .description("Share of open cases with an active responsible worker, by township").register(registry);
    }

    @Override
    protected void runOnce() {
        MapSqlParameterSource parameters = new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("now", Timestamp.from(clock.instant()));
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
        List<MultiGauge.Row<?>> coverageRows = new ArrayList<>();
        Map<String, Long> late = new TreeMap<>();
        jdbc.query("SELECT c.township, count(*) FILTER (WHERE c.status = 'OPEN') AS open,"
                + " count(*) FILTER (WHERE " + policy.overdueSql() + ") AS overdue,"
                + " count(*) FILTER (WHERE c.status = 'OPEN' AND w.worker_id IS NOT NULL) AS covered"
                + " FROM read_model.child_file c"
                + " LEFT JOIN read_model.worker w ON w.worker_id = c.responsible_worker AND w.active"
                + " WHERE NOT c.erased GROUP BY c.township", parameters, row -> {
            late.put(row.getString("township"), 0L);
            Tags township = Tags.of("township", row.getString("township"));
            long openCases = row.getLong("open");
            openRows.add(MultiGauge.Row.of(township, openCases));
            overdueRows.add(MultiGauge.Row.of(township, row.getLong("overdue")));
            coverageRows.add(MultiGauge.Row.of(township,
                    openCases == 0 ? 1.0 : row.getLong("covered") / (double) openCases));
        });
        // every township with children gets a series, 0 when nothing is late: an alert sees 0, not nothing
        jdbc.query("SELECT township, count(*) AS late FROM read_model.concern"
                + " WHERE status = 'UNTRIAGED' AND triage_by < :now GROUP BY township", parameters,
                (RowCallbackHandler) row -> late.put(row.getString("township"), row.getLong("late")));
        List<MultiGauge.Row<?>> untriagedRows = new ArrayList<>();
        late.forEach((township, count) -> untriagedRows.add(MultiGauge.Row.of(Tags.of("township", township), count)));
        open.register(openRows, true);
        overdue.register(overdueRows, true);
        coverage.register(coverageRows, true);
        untriaged.register(untriagedRows, true);
    }
}
