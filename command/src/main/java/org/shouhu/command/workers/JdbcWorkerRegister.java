package org.shouhu.command.workers;

import org.shouhu.command.rules.RuleViolation;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.WorkerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
public class JdbcWorkerRegister implements WorkerRegister {

    private final JdbcTemplate jdbc;

    public JdbcWorkerRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(WorkerId workerId, Area area) {
        int inserted = jdbc.update("INSERT INTO write_model.worker (worker_id, area, active) VALUES (?, ?, TRUE) "
                + "ON CONFLICT (worker_id) DO NOTHING", workerId.value(), area.toString());
        if (inserted == 0) {
            throw new RuleViolation("workerId.unique", "workerId", "another worker has this id");
        }
    }

    @Override
    public void move(WorkerId workerId, Area area) {
        jdbc.update("UPDATE write_model.worker SET area = ? WHERE worker_id = ?", area.toString(), workerId.value());
    }

    @Override
    public void retire(WorkerId workerId) {
        jdbc.update("UPDATE write_model.worker SET active = FALSE WHERE worker_id = ?", workerId.value());
    }

    @Override
    public Optional<OnDuty> find(WorkerId workerId) {
        // FOR SHARE: a retirement or a move of the worker committing meanwhile waits, or is waited for
        return jdbc.query("SELECT worker_id, area, active FROM write_model.worker WHERE worker_id = ? FOR SHARE",
                (rs, i) -> new OnDuty(new WorkerId(rs.getString(1)), Area.parse(rs.getString(2)), rs.getBoolean(3)),
                workerId.value()).stream().findFirst();
    }

    @Override
    public void assign(ChildId childId, WorkerId workerId) {
        jdbc.update("INSERT INTO write_model.responsible_worker (child_id, worker_id) VALUES (?, ?) "
                + "ON CONFLICT (child_id) DO UPDATE SET worker_id = excluded.worker_id", childId.value(), workerId.value());
    }

    @Override
    public List<ChildId> childrenOf(WorkerId workerId) {
        return jdbc.query("SELECT child_id FROM write_model.responsible_worker WHERE worker_id = ? ORDER BY child_id",
                (rs, i) -> new ChildId(rs.getObject(1, UUID.class)), workerId.value());
    }
}
