package org.shouhu.events.visits;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.VisitId;

import java.time.LocalDate;
import java.util.List;

/** A patrol visit (巡查巡访) took place. */
public record VisitRecorded(
        ChildId childId,
        VisitId visitId,
        LocalDate occurredOn,
        VisitKind kind,
        boolean childSeen,
        Notes findings,
        List<RiskIndicator> riskIndicators) {

    public VisitRecorded {
        riskIndicators = riskIndicators == null ? List.of() : List.copyOf(riskIndicators);
    }
}
