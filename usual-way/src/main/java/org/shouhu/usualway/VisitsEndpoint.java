package org.shouhu.usualway;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.shouhu.command.visits.RecordVisit;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code RecordVisit} over HTTP, as the application's own endpoint takes it, sent the usual way. */
@RestController
class VisitsEndpoint {

    record Visit(LocalDate occurredOn, VisitKind kind, boolean childSeen, String findings,
                 List<RiskIndicator> riskIndicators) {
    }

    private final CommandGateway commands;

    VisitsEndpoint(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/children/{childId}/visits")
    ResponseEntity<Map<String, String>> record(@PathVariable UUID childId, @RequestBody Visit visit,
                                               Authentication who) {
        VisitId visitId = VisitId.generate();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordVisit(new ChildId(childId), visitId,
                        visit.occurredOn(), visit.kind(), visit.childSeen(), new Notes(visit.findings()),
                        visit.riskIndicators()))
                .andMetaData(Map.of(MetaDataKeys.ACTOR_ID, who.getName(), MetaDataKeys.ACTOR_ROLE, "BUREAU",
                        MetaDataKeys.ACTOR_AREA, Area.DISTRICT.toString())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("visitId", visitId.toString()));
    }
}
