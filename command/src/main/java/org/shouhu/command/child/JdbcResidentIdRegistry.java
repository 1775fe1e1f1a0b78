package org.shouhu.command.child;

import org.shouhu.command.rules.RuleViolation;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ResidentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims a resident ID, by its keyed digest, in the transaction that appends the
 * registration. When two registrations race, PostgreSQL makes the second insert wait for the
 * first to commit and then skips it, so the second is refused.
 */
@Component
public class JdbcResidentIdRegistry implements ResidentIdRegistry {

    private final JdbcTemplate jdbc;
    private final ResidentIdDigest digest;

    public JdbcResidentIdRegistry(JdbcTemplate jdbc, ResidentIdDigest digest) {
        this.jdbc = jdbc;
        this.digest = digest;
    }

    @Override
    public void claim(ResidentId residentId, ChildId childId) {
        int claimed = jdbc.update("""
                INSERT INTO write_model.resident_id_claim (resident_id_digest, child_id) VALUES (?, ?)
                ON CONFLICT (resident_id_digest) DO NOTHING""", digest.of(residentId), childId.value());
        if (claimed == 0) {
            throw new RuleViolation("resident-id.unique", "residentId",
                    "another child is already registered with this resident ID");
        }
    }

    @Override
    public void release(ChildId childId) {
        jdbc.update("DELETE FROM write_model.resident_id_claim WHERE child_id = ?", childId.value());
    }
}
