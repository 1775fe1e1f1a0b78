package org.shouhu.command.child;

import org.shouhu.command.workers.WorkerRegister;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.WorkerId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workforce register of the fixtures: directors 1 and 2 of the fixture child's village. */
public final class InMemoryWorkers implements WorkerRegister {

    private final Map<WorkerId, OnDuty> workers = new HashMap<>();
    private final Map<ChildId, WorkerId> assignments = new HashMap<>();

    public static InMemoryWorkers ofTheChildsVillage() {
        InMemoryWorkers workers = new InMemoryWorkers();
        workers.register(new WorkerId("director-1"), Area.parse("石洞镇/青龙村"));
        workers.register(new WorkerId("director-2"), Area.parse("石洞镇/青龙村"));
        return workers;
    }

    @Override
    public void register(WorkerId workerId, Area area) {
        workers.put(workerId, new OnDuty(workerId, area, true));
    }

    @Override
    public void move(WorkerId workerId, Area area) {
        workers.put(workerId, new OnDuty(workerId, area, workers.get(workerId).active()));
    }

    @Override
    public void retire(WorkerId workerId) {
        workers.put(workerId, new OnDuty(workerId, workers.get(workerId).area(), false));
    }

    @Override
    public Optional<OnDuty> find(WorkerId workerId) {
        return Optional.ofNullable(workers.get(workerId));
    }

    @Override
    public void assign(ChildId childId, WorkerId workerId) {
        assignments.put(childId, workerId);
    }

    @Override
    public List<ChildId> childrenOf(WorkerId workerId) {
        return assignments.entrySet().stream().filter(e -> e.getValue().equals(workerId)).map(Map.Entry::getKey).toList();
    }
}
