package org.shouhu.query.concerns;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.shouhu.events.child.ResidenceChanged;
import org.shouhu.events.concerns.ConcernClosed;
import org.shouhu.events.concerns.ConcernEscalated;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.query.roster.ChildFilesOfTheBatch;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.projections.OnQueryNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * The concerns and their triage. Part of the roster's processing group, like the approvals: a
 * concern takes its child's township and village from the roster row written before it.
 */
@Component
@OnQueryNode
@ProcessingGroup(RosterProjection.NAME)
public class ConcernsProjection {

    private final JdbcTemplate jdbc;
    private final ChildFilesOfTheBatch childFiles;

    public ConcernsProjection(JdbcTemplate jdbc, ChildFilesOfTheBatch childFiles) {
        this.jdbc = jdbc;
        this.childFiles = childFiles;
    }

    @EventHandler
    void on(ConcernRaised event, EventMessage<?> message) {
        // the child's township and village, from its file as folded so far
        childFiles.writeNow();
        jdbc.update("""
                        INSERT INTO read_model.concern (concern_id, child_id, township, village, source, severity,
                            occurred_on, raised_at, raised_by, triage_by, status, raised_event_id)
                        SELECT ?, c.child_id, c.township, c.village, ?, ?, ?, ?, ?, ?, 'UNTRIAGED', ?
                          FROM read_model.child_file c WHERE c.child_id = ?
                        ON CONFLICT (concern_id) DO NOTHING""",
                event.concernId().value(), event.source().name(),
                event.severity() == null ? null : event.severity().name(), event.occurredOn(),
                Timestamp.from(message.getTimestamp()), message.getMetaData().get("actorId"),
                event.triageBy() == null ? null : Timestamp.from(event.triageBy()), message.getIdentifier(),
                event.childId().value());
    }

    @EventHandler
    void on(InterventionOpened event, EventMessage<?> message) {
        if (event.concernId() != null) {
            // the first intervention triages the concern; later ones answer it too but change nothing here
            jdbc.update("""
                    UPDATE read_model.concern SET status = 'ANSWERED', triaged_on = ?, intervention_id = ?,
                        answer_event_id = ?
                     WHERE concern_id = ? AND status = 'UNTRIAGED'""",
                    event.openedOn(), event.interventionId().value(), message.getIdentifier(),
                    event.concernId().value());
        }
    }

    @EventHandler
    void on(ConcernClosed event, EventMessage<?> message) {
        jdbc.update("""
                UPDATE read_model.concern SET status = 'CLOSED', triaged_on = ?, answer_event_id = ?
                 WHERE concern_id = ?""", event.closedOn(), message.getIdentifier(), event.concernId().value());
    }

    /** A corrected date of the concern or of the intervention that answered it moves the dates here too. */
    @EventHandler
    void on(EntryCorrected event) {
        if (event.field().equals("occurredOn") && event.correctedEventType().equals("ConcernRaised")) {
            jdbc.update("UPDATE read_model.concern SET occurred_on = ? WHERE raised_event_id = ?",
                    LocalDate.parse(event.correctedValue()), event.correctedEventId().toString());
        } else if (event.field().equals("openedOn") && event.correctedEventType().equals("InterventionOpened")) {
            jdbc.update("UPDATE read_model.concern SET triaged_on = ? WHERE answer_event_id = ?",
                    LocalDate.parse(event.correctedValue()), event.correctedEventId().toString());
        }
    }

    @EventHandler
    void on(ConcernEscalated event, EventMessage<?> message) {
        jdbc.update("UPDATE read_model.concern SET escalated_at = ? WHERE concern_id = ?",
                Timestamp.from(message.getTimestamp()), event.concernId().value());
    }

    @EventHandler
    void on(ResidenceChanged event) {
        jdbc.update("UPDATE read_model.concern SET township = ?, village = ? WHERE child_id = ?",
                event.township().value(), event.village().value(), event.childId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.concern");
    }
}
