package org.shouhu.query.workforce;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.shouhu.events.activities.CareActivityRecorded;
import org.shouhu.events.partners.PartnerRegistered;
import org.shouhu.events.workers.TrainingCompleted;
import org.shouhu.events.workers.WorkerAreaChanged;
import org.shouhu.events.workers.WorkerRegistered;
import org.shouhu.events.workers.WorkerRetired;
import org.shouhu.query.projections.OnQueryNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The care workforce (who serves where, trained when), the partner organisations and the group activities held. */
@Component
@OnQueryNode
@ProcessingGroup(WorkforceProjection.NAME)
public class WorkforceProjection {

    public static final String NAME = "workforce";

    private final JdbcTemplate jdbc;

    public WorkforceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkerRegistered event) {
        jdbc.update("""
                        INSERT INTO read_model.worker (worker_id, name, role, township, village, phone, active, registered_on)
                        VALUES (?, ?, ?, ?, ?, ?, TRUE, ?) ON CONFLICT (worker_id) DO NOTHING""",
                event.workerId().value(), event.name().value(), event.role().name(), event.area().township(),
                event.area().village(), event.phone() == null ? null : event.phone().value(), event.registeredOn());
    }

    @EventHandler
    void on(WorkerAreaChanged event) {
        jdbc.update("UPDATE read_model.worker SET township = ?, village = ? WHERE worker_id = ?",
                event.area().township(), event.area().village(), event.workerId().value());
    }

    @EventHandler
    void on(WorkerRetired event) {
        jdbc.update("UPDATE read_model.worker SET active = FALSE, retired_on = ? WHERE worker_id = ?",
                event.retiredOn(), event.workerId().value());
    }

    @EventHandler
    void on(TrainingCompleted event, EventMessage<?> message) {
        jdbc.update("""
                        INSERT INTO read_model.training (event_id, worker_id, course, completed_on, hours)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), event.workerId().value(), event.course().value(), event.completedOn(),
                event.hours());
    }

    @EventHandler
    void on(CareActivityRecorded event) {
        jdbc.update("""
                        INSERT INTO read_model.care_activity (activity_id, type, held_on, township, village, organiser,
                            participants, materials_distributed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id) DO NOTHING""",
                event.activityId().value(), event.type().name(), event.heldOn(), event.area().township(),
                event.area().village(), event.organiser().value(), event.participants(), event.materialsDistributed());
    }

    @EventHandler
    void on(PartnerRegistered event) {
        jdbc.update("""
                        INSERT INTO read_model.partner (partner_id, name, kind, township, village, phone)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partner_id) DO NOTHING""",
                event.partnerId().value(), event.name().value(), event.kind().name(), event.area().township(),
                event.area().village(), event.phone() == null ? null : event.phone().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.worker, read_model.training, read_model.care_activity, read_model.partner");
    }
}
