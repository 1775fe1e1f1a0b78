package org.shouhu.query.approvals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.shouhu.events.approvals.ApprovalId;
import org.shouhu.events.approvals.CaseClosureRequested;
import org.shouhu.events.approvals.ChangeApproved;
import org.shouhu.events.approvals.ChangeRejected;
import org.shouhu.events.approvals.GuardianshipTransferRequested;
import org.shouhu.events.approvals.InterventionClosureRequested;
import org.shouhu.events.common.ChildId;
import org.shouhu.query.roster.ChildFilesOfTheBatch;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.projections.OnQueryNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The approval queue. Part of the roster's processing group: it takes the child's township and
 * village from the roster row, which that group has written for every earlier event of the child.
 */
@Component
@OnQueryNode
@ProcessingGroup(RosterProjection.NAME)
public class ApprovalsProjection {

    static final String WAITING = "PENDING";

    private final JdbcTemplate jdbc;
    private final ChildFilesOfTheBatch childFiles;

    public ApprovalsProjection(JdbcTemplate jdbc, ChildFilesOfTheBatch childFiles) {
        this.jdbc = jdbc;
        this.childFiles = childFiles;
    }

    @EventHandler
    void on(CaseClosureRequested event, EventMessage<?> message) {
        requested(event.approvalId(), event.childId(), "CASE_CLOSURE", message);
    }

    @EventHandler
    void on(GuardianshipTransferRequested event, EventMessage<?> message) {
        requested(event.approvalId(), event.childId(), "GUARDIANSHIP_TRANSFER", message);
    }

    @EventHandler
    void on(InterventionClosureRequested event, EventMessage<?> message) {
        requested(event.approvalId(), event.childId(), "INTERVENTION_CLOSURE", message);
    }

    @EventHandler
    void on(ChangeApproved event, EventMessage<?> message) {
        decided(event.approvalId(), "APPROVED", message);
    }

    @EventHandler
    void on(ChangeRejected event, EventMessage<?> message) {
        decided(event.approvalId(), "REJECTED", message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.approval");
    }

    private void requested(ApprovalId approvalId, ChildId childId, String kind, EventMessage<?> message) {
        // the child's township and village, from its file as folded so far
        childFiles.writeNow();
        jdbc.update("""
                        INSERT INTO read_model.approval (approval_id, child_id, kind, township, village, requested_at,
                            requested_by, status)
                        SELECT ?, c.child_id, ?, c.township, c.village, ?, ?, ? FROM read_model.child_file c
                         WHERE c.child_id = ?
                        ON CONFLICT (approval_id) DO NOTHING""",
                approvalId.value(), kind, Timestamp.from(message.getTimestamp()), actor(message), WAITING,
                childId.value());
    }

    private void decided(ApprovalId approvalId, String status, EventMessage<?> message) {
        jdbc.update("UPDATE read_model.approval SET status = ?, decided_at = ?, decided_by = ? WHERE approval_id = ?",
                status, Timestamp.from(message.getTimestamp()), actor(message), approvalId.value());
    }

    private static String actor(EventMessage<?> message) {
        Object actor = message.getMetaData().get("actorId");
        return actor == null ? null : actor.toString();
    }
}
