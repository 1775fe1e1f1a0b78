package org.shouhu.command.workers;

import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.WorkerId;

import java.util.List;
import java.util.Optional;

/**
 * The workforce as the write side's rules need it (who is active, where) and which children
 * each worker is responsible for, kept in the transaction that records the events.
 */
public interface WorkerRegister {

    record OnDuty(WorkerId workerId, Area area, boolean active) {
    }

    /** @throws org.shouhu.command.rules.RuleViolation {@code workerId.unique} when the id is taken */
    void register(WorkerId workerId, Area area);

    void move(WorkerId workerId, Area area);

    void retire(WorkerId workerId);

    Optional<OnDuty> find(WorkerId workerId);

    void assign(ChildId childId, WorkerId workerId);

    /** The children whose responsible worker this is. */
    List<ChildId> childrenOf(WorkerId workerId);
}
