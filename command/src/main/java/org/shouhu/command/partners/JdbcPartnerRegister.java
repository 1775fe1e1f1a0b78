package org.shouhu.command.partners;

import org.shouhu.events.partners.PartnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class JdbcPartnerRegister implements PartnerRegister {

    private final JdbcTemplate jdbc;

    public JdbcPartnerRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(PartnerId partnerId) {
        jdbc.update("INSERT INTO write_model.partner (partner_id) VALUES (?)", partnerId.value());
    }

    @Override
    public boolean knows(PartnerId partnerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM write_model.partner WHERE partner_id = ?)", Boolean.class, partnerId.value()));
    }
}
