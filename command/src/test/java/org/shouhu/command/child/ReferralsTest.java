package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.referrals.AcceptReferral;
import org.shouhu.command.referrals.CompleteReferral;
import org.shouhu.command.referrals.DeclineReferral;
import org.shouhu.command.referrals.MakeReferral;
import org.shouhu.events.common.Notes;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.referrals.ReferralAccepted;
import org.shouhu.events.referrals.ReferralCompleted;
import org.shouhu.events.referrals.ReferralDeclined;
import org.shouhu.events.referrals.ReferralId;
import org.shouhu.events.referrals.ReferralMade;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** ReferralStepsInOrder and ReferralGoesToAKnownPartner. */
class ReferralsTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final ReferralId referral = ReferralId.of("0b6f3e2a-1c4d-4e8f-9a0b-1c2d3e4f5a6b");
    private final LocalDate madeOn = LocalDate.of(2024, 5, 2);
    private final ReferralMade made = new ReferralMade(CHILD, referral, SCHOOL, new Notes("absent for two weeks"), madeOn);

    @Test
    void a_referral_is_made_to_a_known_partner() {
        fixture.given(registered())
                .when(new MakeReferral(CHILD, referral, SCHOOL, new Notes("absent for two weeks"), madeOn))
                .expectEvents(made);
    }

    @Test
    void referral_goes_to_a_known_partner() {
        fixture.given(registered())
                .when(new MakeReferral(CHILD, referral, PartnerId.generate(), new Notes("absent"), madeOn))
                .expectNoEvents()
                .expectException(violates("partner.unknown"));
    }

    @Test
    void referral_steps_in_order_made_accepted_completed() {
        fixture.given(registered(), made, new ReferralAccepted(CHILD, referral, madeOn.plusDays(1)))
                .when(new CompleteReferral(CHILD, referral, madeOn.plusDays(9), new Notes("back at school")))
                .expectEvents(new ReferralCompleted(CHILD, referral, madeOn.plusDays(9), new Notes("back at school")));
    }

    @Test
    void referral_steps_in_order_no_acceptance_after_declining() {
        fixture.given(registered(), made, new ReferralDeclined(CHILD, referral, madeOn.plusDays(1), new Notes("no place")))
                .when(new AcceptReferral(CHILD, referral, madeOn.plusDays(2)))
                .expectNoEvents()
                .expectException(violates("referral.already-answered"));
    }

    @Test
    void referral_steps_in_order_no_completion_before_acceptance() {
        fixture.given(registered(), made)
                .when(new CompleteReferral(CHILD, referral, madeOn.plusDays(2), new Notes("done")))
                .expectNoEvents()
                .expectException(violates("referral.not-accepted"));
    }

    @Test
    void referral_steps_in_order_only_a_referral_made_is_answered() {
        fixture.given(registered())
                .when(new DeclineReferral(CHILD, referral, madeOn, new Notes("no place")))
                .expectNoEvents()
                .expectException(violates("referral.unknown"));
    }
}
