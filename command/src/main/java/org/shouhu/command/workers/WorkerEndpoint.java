package org.shouhu.command.workers;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.workers.TrainingCourse;
import org.shouhu.events.workers.WorkPhone;
import org.shouhu.events.workers.WorkerName;
import org.shouhu.events.workers.WorkerRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /workers}: the bureau registers the care workforce, moves, trains and retires its members. */
@RestController
@RequestMapping(WorkerEndpoint.WORKERS)
public class WorkerEndpoint {

    static final String WORKERS = "/api/v1/workers";
    private static final int GENERATED_ID_LENGTH = 8;

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;
    private final WorkerRegister register;

    public WorkerEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests, WorkerRegister register) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
        this.register = register;
    }

    /** @param workerId the bureau's own staff code; one is made up when none is given */
    public record NewWorker(WorkerId workerId, WorkerName name, WorkerRole role, Area area, WorkPhone phone,
                            LocalDate registeredOn) {
    }

    public record AreaChange(Area area, LocalDate effectiveOn, Reason reason) {
    }

    public record Training(TrainingCourse course, LocalDate completedOn, BigDecimal hours) {
    }

    public record Retirement(LocalDate retiredOn, Reason reason) {
    }

    @PostMapping
    public ResponseEntity<Object> register(@RequestBody NewWorker body, HttpServletRequest http) {
        RequiredFields.check().field("name", body.name()).field("role", body.role()).field("area", body.area())
                .orRefuse();
        WorkerId workerId = body.workerId() != null ? body.workerId()
                : new WorkerId("w-" + UUID.randomUUID().toString().substring(0, GENERATED_ID_LENGTH));
        return dispatcher.dispatch(workerId.value(), new RegisterWorker(workerId, body.name(), body.role(), body.area(),
                        body.phone(), body.registeredOn()), writeRequests.of(http, body, null), HttpStatus.CREATED,
                Answers::worker, URI.create(WORKERS + "/" + workerId.value()));
    }

    @PostMapping("/{workerId}/area")
    public ResponseEntity<Object> changeArea(@PathVariable WorkerId workerId, @RequestBody AreaChange body,
                                             HttpServletRequest http) {
        RequiredFields.check().field("area", body.area()).field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(workerId.value(), new ChangeWorkerArea(workerId, body.area(), body.effectiveOn(),
                body.reason()), writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::worker, null);
    }

    @PostMapping("/{workerId}/trainings")
    public ResponseEntity<Object> recordTraining(@PathVariable WorkerId workerId, @RequestBody Training body,
                                                 HttpServletRequest http) {
        RequiredFields.check().field("course", body.course()).field("hours", body.hours()).orRefuse();
        return dispatcher.dispatch(workerId.value(), new RecordTraining(workerId, body.course(), body.completedOn(),
                body.hours()), writeRequests.of(http, body, null), HttpStatus.OK, Answers::worker, null);
    }

    /** Answers with the children whose responsible worker this was: each needs another. */
    @PostMapping("/{workerId}/retirement")
    public ResponseEntity<Object> retire(@PathVariable WorkerId workerId, @RequestBody Retirement body,
                                         HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        List<String> children = register.childrenOf(workerId).stream().map(ChildId::toString).toList();
        return dispatcher.dispatch(workerId.value(), new RetireWorker(workerId, body.retiredOn(), body.reason()),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, head -> {
                    Map<String, Object> answer = new java.util.LinkedHashMap<>(Answers.worker(head));
                    answer.put("childrenNeedingNewWorker", children);
                    return answer;
                }, null);
    }
}
