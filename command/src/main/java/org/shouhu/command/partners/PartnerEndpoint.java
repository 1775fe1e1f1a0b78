package org.shouhu.command.partners;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.Area;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.partners.PartnerKind;
import org.shouhu.events.partners.PartnerName;
import org.shouhu.events.workers.WorkPhone;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code POST /partners}: the bureau registers the organisations children are referred to. */
@RestController
@RequestMapping("/api/v1/partners")
public class PartnerEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public PartnerEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record NewPartner(PartnerName name, PartnerKind kind, Area area, WorkPhone phone) {
    }

    @PostMapping
    public ResponseEntity<Object> register(@RequestBody NewPartner body, HttpServletRequest http) {
        RequiredFields.check().field("name", body.name()).field("kind", body.kind()).orRefuse();
        PartnerId partnerId = PartnerId.generate();
        return dispatcher.dispatch(partnerId.toString(), new RegisterPartner(partnerId, body.name(), body.kind(),
                        body.area(), body.phone()), writeRequests.of(http, body, null), HttpStatus.CREATED,
                head -> Answers.head("partnerId", head), URI.create("/api/v1/partners/" + partnerId));
    }
}
