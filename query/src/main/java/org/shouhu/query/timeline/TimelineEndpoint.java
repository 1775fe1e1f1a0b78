package org.shouhu.query.timeline;

import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.childfile.ChildFiles;
import org.shouhu.query.history.ChildHistoryProjection;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.scope.ChildVisibility;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /children/{id}/timeline}: every concern, intervention, referral and visit of the
 * child with its start, its end and the days between the steps, in date order: where a case
 * moved quickly and where it waited. Dates and kinds only; the words are in the history.
 */
@RestController
@RequestMapping("/api/v1/children")
public class TimelineEndpoint {

    private final ChildFiles files;
    private final JdbcTemplate jdbc;
    private final ProjectionPositions positions;
    private final ChildVisibility visibility;
    private final AccessLog accessLog;

    public TimelineEndpoint(ChildFiles files, JdbcTemplate jdbc, ProjectionPositions positions,
                            ChildVisibility visibility, AccessLog accessLog) {
        this.files = files;
        this.jdbc = jdbc;
        this.positions = positions;
        this.visibility = visibility;
        this.accessLog = accessLog;
    }

    /**
     * @param kind  CONCERN, INTERVENTION, REFERRAL or VISIT
     * @param days  from start to end (an open step: null); for a concern, to the first intervention answering it or its closure at triage;
     *              for a visit, since the visit before
     */
    public record Step(String kind, String id, String detail, LocalDate start, LocalDate end, Long days) {
    }

    public record Timeline(String childId, List<Step> steps, long position) {
    }

    @GetMapping("/{childId}/timeline")
    public Timeline timeline(@PathVariable UUID childId, @RequestParam(required = false) Long minPosition) {
        positions.awaitAtLeast(ChildHistoryProjection.NAME, minPosition);
        long position = positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        visibility.requireVisible(childId);
        ChildFile file = files.current(childId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No child with this id"));
        accessLog.childRead(childId, "timeline");
        List<Step> steps = new ArrayList<>();
        for (ChildFile.Concern concern : file.concerns) {
            LocalDate firstAction = file.interventions.stream()
                    .filter(intervention -> concern.concernId.equals(intervention.concernId))
                    .map(intervention -> intervention.openedOn).min(Comparator.naturalOrder()).orElse(null);
            LocalDate triaged = firstAction != null ? firstAction : concern.closedOn;
            steps.add(new Step("CONCERN", concern.concernId, concern.source, concern.occurredOn, triaged,
                    days(concern.occurredOn, triaged)));
        }
        for (ChildFile.Intervention intervention : file.interventions) {
            steps.add(new Step("INTERVENTION", intervention.interventionId, intervention.type, intervention.openedOn,
                    intervention.closedOn, days(intervention.openedOn, intervention.closedOn)));
        }
        for (ChildFile.Referral referral : file.referrals) {
            LocalDate end = referral.completedOn != null ? referral.completedOn : referral.answeredOn;
            steps.add(new Step("REFERRAL", referral.referralId, referral.status, referral.madeOn, end,
                    days(referral.madeOn, end)));
        }
        LocalDate previous = file.registeredOn;
        for (LocalDate visit : jdbc.queryForList("SELECT occurred_on FROM read_model.child_history WHERE child_id = ?"
                + " AND type = 'VisitRecorded' ORDER BY occurred_on", LocalDate.class, childId)) {
            steps.add(new Step("VISIT", null, null, visit, visit, days(previous, visit)));
            previous = visit;
        }
        steps.sort(Comparator.comparing(Step::start, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Timeline(childId.toString(), steps, position);
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
