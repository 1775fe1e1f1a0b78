package org.shouhu.ops.ui.dashboard;

import org.shouhu.ops.ui.Trees;
import org.shouhu.query.quality.DataQualityEndpoint;
import org.shouhu.query.quality.Flaw;
import org.shouhu.query.reports.AccountabilityEndpoint;
import org.shouhu.query.reports.InterventionTimelinesEndpoint;
import org.shouhu.query.reports.OverdueVisitsEndpoint;
import org.shouhu.query.reports.Summary;
import org.shouhu.query.reports.SummaryEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboards: the reports that carry no personal data (summary, overdue visits,
 * intervention timelines, accountability, data quality) as charts and tables, for the
 * reader's area or one of its townships. Workers appear by their id, children not at all.
 */
@Controller
public class DashboardPage {

    /** How far back the charts over time reach, in months (this one included). */
    private static final int MONTHS_SHOWN = 12;
    /** Workers shown in the overdue-by-worker chart: those with the most overdue visits. */
    private static final int WORKERS_SHOWN = 15;

    private final SummaryEndpoint summary;
    private final OverdueVisitsEndpoint overdue;
    private final InterventionTimelinesEndpoint timelines;
    private final AccountabilityEndpoint accountability;
    private final DataQualityEndpoint quality;
    private final MessageSource messages;
    private final Trees trees;
    private final Clock clock;

    public DashboardPage(SummaryEndpoint summary, OverdueVisitsEndpoint overdue, InterventionTimelinesEndpoint timelines,
                         AccountabilityEndpoint accountability, DataQualityEndpoint quality, MessageSource messages,
                         Trees trees, Clock clock) {
        this.summary = summary;
        this.overdue = overdue;
        this.timelines = timelines;
        this.accountability = accountability;
        this.quality = quality;
        this.messages = messages;
        this.trees = trees;
        this.clock = clock;
    }

    @GetMapping("/ui/dashboard")
    public String dashboard(@RequestParam(required = false) String township, Model model) {
        String place = township == null || township.isBlank() ? null : township.trim();
        LocalDate today = LocalDate.now(clock);
        Summary figures = (Summary) summary.summary(null, null, place, "json", "zh-CN").getBody();
        DataQualityEndpoint.DataQuality flaws = quality.report(place, null);
        OverdueVisitsEndpoint.OverdueVisits late = overdue.overdue(place, null, 1, null, null);
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS_SHOWN - 1L);
        Map<YearMonth, List<InterventionTimelinesEndpoint.Timeline>> byMonth = monthly(first, today, place);
        AccountabilityEndpoint.Accountability accounts = accountability.accountability(first.atDay(1), today, null);

        List<Chart> charts = new ArrayList<>();
        charts.add(single("byCategory", "bar", figures.openCasesByCategory(), this::option, "series.openCases"));
        charts.add(single("byTownship", "bar", sum(flaws.areas(), DataQualityEndpoint.AreaQuality::township,
                area -> area.openCases()), Function.identity(), "series.openCases"));
        charts.add(single("overdueByTownship", "bar", sum(late.byPlace(), OverdueVisitsEndpoint.PlaceTally::township,
                OverdueVisitsEndpoint.PlaceTally::overdue), Function.identity(), "series.overdueVisits"));
        charts.add(single("overdueByWorker", "bar", top(sum(late.byPlace(),
                tally -> tally.responsibleWorker() == null ? text("value.none") : tally.responsibleWorker(),
                OverdueVisitsEndpoint.PlaceTally::overdue)), Function.identity(), "series.overdueVisits"));
        charts.addAll(overTime(byMonth));
        // an outcome counts in the month its intervention closed: the months together are the year
        charts.add(single("outcomes", "pie", outcomes(byMonth.values().stream().flatMap(List::stream).toList()),
                this::option, "series.interventionsClosed"));
        charts.add(workforce(figures, accounts));
        charts.add(dataQuality(flaws));

        model.addAttribute("township", place);
        model.addAttribute("figures", figures);
        model.addAttribute("completeness", flaws.completeness());
        model.addAttribute("charts", charts);
        model.addAttribute("chartData", charts.stream()
                .collect(Collectors.toMap(Chart::id, trees::json, (a, b) -> a, LinkedHashMap::new)));
        return "ui/dashboard";
    }

    /** The intervention-timelines report of each month from the first to today's (today's up to today). */
    private Map<YearMonth, List<InterventionTimelinesEndpoint.Timeline>> monthly(YearMonth first, LocalDate today,
                                                                                String township) {
        Map<YearMonth, List<InterventionTimelinesEndpoint.Timeline>> byMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            byMonth.put(month, timelines.timelines(month.atDay(1), end, township, null, null).items());
        }
        return byMonth;
    }

    /** Interventions opened and closed each month, and how long they took to start and to end. */
    private List<Chart> overTime(Map<YearMonth, List<InterventionTimelinesEndpoint.Timeline>> byMonth) {
        List<String> months = new ArrayList<>();
        List<Number> opened = new ArrayList<>();
        List<Number> closed = new ArrayList<>();
        List<Number> toAction = new ArrayList<>();
        List<Number> toClose = new ArrayList<>();
        for (Map.Entry<YearMonth, List<InterventionTimelinesEndpoint.Timeline>> month : byMonth.entrySet()) {
            List<InterventionTimelinesEndpoint.Timeline> items = month.getValue();
            months.add(month.getKey().toString());
            opened.add(items.stream().mapToInt(InterventionTimelinesEndpoint.Timeline::opened).sum());
            closed.add(items.stream().mapToInt(InterventionTimelinesEndpoint.Timeline::closed).sum());
            toAction.add(weighted(items, InterventionTimelinesEndpoint.Timeline::medianDaysConcernToAction,
                    InterventionTimelinesEndpoint.Timeline::opened));
            toClose.add(weighted(items, InterventionTimelinesEndpoint.Timeline::medianDaysOpenToClose,
                    InterventionTimelinesEndpoint.Timeline::closed));
        }
        return List.of(
                new Chart("interventionsByMonth", text("chart.interventionsByMonth"), "bar", months, List.of(
                        new Chart.Series(text("series.interventionsOpened"), opened),
                        new Chart.Series(text("series.interventionsClosed"), closed))),
                new Chart("durationsByMonth", text("chart.durationsByMonth"), "line", months, List.of(
                        new Chart.Series(text("series.daysConcernToAction"), toAction),
                        new Chart.Series(text("series.daysOpenToClose"), toClose))));
    }

    /**
     * The month's medians of each type and township, averaged by how many interventions each
     * stands for: one figure per month, honest about being an average of medians (the label says so).
     */
    private static BigDecimal weighted(List<InterventionTimelinesEndpoint.Timeline> items,
                                       Function<InterventionTimelinesEndpoint.Timeline, BigDecimal> median,
                                       Function<InterventionTimelinesEndpoint.Timeline, Integer> weight) {
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        for (InterventionTimelinesEndpoint.Timeline item : items) {
            if (median.apply(item) != null && weight.apply(item) > 0) {
                total = total.add(median.apply(item).multiply(BigDecimal.valueOf(weight.apply(item))));
                count += weight.apply(item);
            }
        }
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static Map<String, Long> outcomes(List<InterventionTimelinesEndpoint.Timeline> items) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (InterventionTimelinesEndpoint.Timeline item : items) {
            item.outcomes().forEach((outcome, count) -> outcomes.merge(outcome, count.longValue(), Long::sum));
        }
        return outcomes;
    }

    /** Workers by role, and how many of each role did this year's training. */
    private Chart workforce(Summary figures, AccountabilityEndpoint.Accountability accounts) {
        List<String> roles = new ArrayList<>(figures.workforceByRole().keySet());
        Map<String, Long> trained = accounts.workers().stream().filter(AccountabilityEndpoint.WorkerAccount::active)
                .filter(AccountabilityEndpoint.WorkerAccount::annualTrainingDone)
                .collect(Collectors.groupingBy(AccountabilityEndpoint.WorkerAccount::role, Collectors.counting()));
        return new Chart("workforce", text("chart.workforce"), "bar", roles.stream().map(this::option).toList(), List.of(
                new Chart.Series(text("series.workers"), roles.stream().map(role -> (Number) figures.workforceByRole().get(role)).toList()),
                new Chart.Series(text("series.trained"), roles.stream().map(role -> (Number) trained.getOrDefault(role, 0L)).toList())));
    }

    /** Each flaw's count per township, stacked: where the record needs work, and which work. */
    private Chart dataQuality(DataQualityEndpoint.DataQuality report) {
        Map<String, Map<Flaw, Long>> byTownship = new TreeMap<>();
        for (DataQualityEndpoint.AreaQuality area : report.areas()) {
            Map<Flaw, Long> counts = byTownship.computeIfAbsent(area.township(), township -> new LinkedHashMap<>());
            area.flaws().forEach((flaw, found) -> counts.merge(flaw, (long) found.count(), Long::sum));
        }
        List<String> townships = new ArrayList<>(byTownship.keySet());
        List<Chart.Series> series = Arrays.stream(Flaw.values()).map(flaw -> new Chart.Series(text("flaw." + flaw.name()),
                townships.stream().map(township -> (Number) byTownship.get(township).getOrDefault(flaw, 0L)).toList())).toList();
        return new Chart("dataQuality", text("chart.dataQuality"), "stacked", townships, series);
    }

    private Chart single(String id, String kind, Map<String, Long> values, Function<String, String> label, String seriesKey) {
        List<String> keys = new ArrayList<>(values.keySet());
        return new Chart(id, text("chart." + id), kind, keys.stream().map(label).toList(),
                List.of(new Chart.Series(text(seriesKey), keys.stream().map(key -> (Number) values.get(key)).toList())));
    }

    private static <T> Map<String, Long> sum(List<T> rows, Function<T, String> key, java.util.function.ToLongFunction<T> count) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingLong(count)));
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(WORKERS_SHOWN)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private String option(String code) {
        return messages.getMessage("option." + code, null, code, LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
