package org.shouhu.command.referrals;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.ChildPaths;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.referrals.ReferralId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** A child's referral to a partner organisation and the partner's answer, step by step, each with its date. */
@RestController
@RequestMapping(ChildPaths.CHILDREN)
public class ReferralEndpoint {

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;

    public ReferralEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
    }

    public record ReferralRequest(PartnerId partnerId, Notes reason, LocalDate madeOn) {
    }

    public record Acceptance(LocalDate acceptedOn) {
    }

    public record Declining(LocalDate declinedOn, Notes reason) {
    }

    public record Completion(LocalDate completedOn, Notes result) {
    }

    @PostMapping("/{childId}/referrals")
    public ResponseEntity<Object> refer(@PathVariable ChildId childId, @RequestBody ReferralRequest body,
                                        HttpServletRequest http) {
        RequiredFields.check().field("partnerId", body.partnerId()).field("reason", body.reason()).orRefuse();
        ReferralId referralId = ReferralId.generate();
        return dispatcher.dispatch(childId.toString(), new MakeReferral(childId, referralId, body.partnerId(),
                        body.reason(), body.madeOn()), writeRequests.of(http, body, null), HttpStatus.CREATED,
                head -> Answers.created("referralId", referralId, head), null);
    }

    @PostMapping("/{childId}/referrals/{referralId}/acceptance")
    public ResponseEntity<Object> accept(@PathVariable ChildId childId, @PathVariable ReferralId referralId,
                                         @RequestBody Acceptance body, HttpServletRequest http) {
        return step(childId, new AcceptReferral(childId, referralId, body.acceptedOn()), body, http);
    }

    @PostMapping("/{childId}/referrals/{referralId}/declining")
    public ResponseEntity<Object> decline(@PathVariable ChildId childId, @PathVariable ReferralId referralId,
                                          @RequestBody Declining body, HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        return step(childId, new DeclineReferral(childId, referralId, body.declinedOn(), body.reason()), body, http);
    }

    @PostMapping("/{childId}/referrals/{referralId}/completion")
    public ResponseEntity<Object> complete(@PathVariable ChildId childId, @PathVariable ReferralId referralId,
                                           @RequestBody Completion body, HttpServletRequest http) {
        RequiredFields.check().field("result", body.result()).orRefuse();
        return step(childId, new CompleteReferral(childId, referralId, body.completedOn(), body.result()), body, http);
    }

    private ResponseEntity<Object> step(ChildId childId, Object command, Object body, HttpServletRequest http) {
        return dispatcher.dispatch(childId.toString(), command, writeRequests.of(http, body, null), HttpStatus.OK,
                Answers::head, null);
    }
}
