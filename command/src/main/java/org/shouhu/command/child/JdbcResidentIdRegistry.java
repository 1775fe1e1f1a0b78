package org.shouhu.command.child;

import org.shouhu.command.rules.RuleViolation;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ResidentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims a resident ID in the transaction that appends the registration. When two
 * registrations race, PostgreSQL makes the second insert wait for the first to commit and
 * then skips it, so the second is refused.
 */
@Component
public class JdbcResidentIdRegistry implements ResidentIdRegistry {

    private final JdbcTemplate jdbc;

    public JdbcResidentIdRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(ResidentId residentId, ChildId childId) {
        int claimed = jdbc.update("""
                INSERT INTO write_model.resident_id_claim (resident_id, child_id) VALUES (?, ?)
                ON CONFLICT (resident_id) DO NOTHING""", residentId.value(), childId.value());
        if (claimed == 0) {
            throw new RuleViolation("resident-id.unique", "residentId",
                    "another child is already registered with this resident ID");
        }
    }
}
