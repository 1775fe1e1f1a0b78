package org.shouhu.query.history;

import org.junit.jupiter.api.Test;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's one-line summaries of the conflicts of offline capture: both levels, no personal data. */
class HistoryEntriesTest {

    private final ChildId child = ChildId.generate();
    private final ConflictId conflict = ConflictId.generate();

    @Test
    void a_held_risk_level_says_which_level_stays_in_force() {
        assertThat(HistoryEntries.summary(new StaleRiskAssessmentHeld(child, conflict, RiskLevel.HIGH, RiskLevel.MEDIUM, 7)))
                .isEqualTo("Risk level HIGH assessed on an outdated record (risk was changed since version 7):"
                        + " held as a conflict, MEDIUM stays in force");
        assertThat(HistoryEntries.occurredOn(new StaleRiskAssessmentHeld(child, conflict, RiskLevel.HIGH,
                RiskLevel.MEDIUM, 7))).as("dated by its recording").isNull();
    }

    @Test
    void a_resolution_says_which_level_it_chose() {
        assertThat(HistoryEntries.summary(new ConflictResolved(child, conflict, ConflictResolution.PROPOSED_APPLIED)))
                .isEqualTo("Conflict resolved: the held level applied");
        assertThat(HistoryEntries.summary(new ConflictResolved(child, conflict, ConflictResolution.CURRENT_KEPT)))
                .isEqualTo("Conflict resolved: the level in force kept");
    }
}
