package org.shouhu.ops.ledger.imports;

import org.shouhu.command.child.ResidentIdDigest;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ResidentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Which child holds a resident ID, from the write model's claims (by keyed digest, as the
 * uniqueness rule keeps them): current as of the last commit, unlike a read model.
 */
@Component
public class RegisteredChildren {

    private final JdbcTemplate jdbc;
    private final ResidentIdDigest digest;

    public RegisteredChildren(JdbcTemplate jdbc, ResidentIdDigest digest) {
        this.jdbc = jdbc;
        this.digest = digest;
    }

    public Optional<ChildId> byResidentId(ResidentId residentId) {
        return jdbc.queryForList("SELECT child_id FROM write_model.resident_id_claim WHERE resident_id_digest = ?",
                UUID.class, digest.of(residentId)).stream().findFirst().map(ChildId::new);
    }
}
