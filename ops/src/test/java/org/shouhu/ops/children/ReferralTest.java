package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A referral to a partner organisation through the API: its steps in order, each in the history and on the file. */
class ReferralTest extends ApplicationTest {

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private String partner() {
        Api.Reply partner = api.as("bureau").post("/api/v1/partners", Map.of("name", "石洞镇中心小学", "kind", "SCHOOL",
                "area", "石洞镇"));
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        return partner.json().get("partnerId").asText();
    }

    private String refer(String child, String partnerId) {
        Api.Reply made = api.post(child + "/referrals", Map.of("partnerId", partnerId, "reason", "absent for two weeks",
                "madeOn", today));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return child + "/referrals/" + made.json().get("referralId").asText();
    }

    @Test
    void a_referral_goes_from_made_to_accepted_to_completed_and_every_step_is_in_the_history() {
        String child = "/api/v1/children/" + register(Children.registration());
        String referral = refer(child, partner());
        assertThat(api.post(referral + "/acceptance", Map.of("acceptedOn", today)).status()).isEqualTo(200);
        Api.Reply completed = api.post(referral + "/completion", Map.of("completedOn", today, "result", "back at school"));
        assertThat(completed.status()).isEqualTo(200);

        JsonNode history = api.get(child + "/history?minPosition=" + completed.position()).json().get("items");
        assertThat(history.findValuesAsText("type")).containsSubsequence("ReferralMade", "ReferralAccepted",
                "ReferralCompleted");
        history.forEach(entry -> {
            assertThat(entry.get("actor").get("id").asText()).isEqualTo("director");
            assertThat(entry.get("occurredOn").asText()).isNotBlank();
            assertThat(entry.get("recordedAt").asText()).isNotBlank();
        });
        JsonNode file = api.get(child + "?minPosition=" + completed.position()).json();
        assertThat(file.get("referrals").get(0).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void steps_out_of_order_are_refused_and_record_nothing() {
        String child = "/api/v1/children/" + register(Children.registration());
        String partnerId = partner();
        String declined = refer(child, partnerId);
        assertThat(api.post(declined + "/declining", Map.of("declinedOn", today, "reason", "no place")).status())
                .isEqualTo(200);
        Api.Reply acceptAfterDecline = api.post(declined + "/acceptance", Map.of("acceptedOn", today));
        assertThat(acceptAfterDecline.status()).isEqualTo(422);
        assertThat(acceptAfterDecline.json().get("errors").get(0).get("rule").asText()).isEqualTo("referral.already-answered");

        String fresh = refer(child, partnerId);
        long events = eventCount(child.substring("/api/v1/children/".length()));
        Api.Reply completeBeforeAccept = api.post(fresh + "/completion", Map.of("completedOn", today, "result", "done"));
        assertThat(completeBeforeAccept.status()).isEqualTo(422);
        assertThat(completeBeforeAccept.json().get("errors").get(0).get("rule").asText()).isEqualTo("referral.not-accepted");
        assertThat(eventCount(child.substring("/api/v1/children/".length()))).isEqualTo(events);

        Api.Reply unknownPartner = api.post(child + "/referrals", Map.of("partnerId", java.util.UUID.randomUUID().toString(),
                "reason", "x"));
        assertThat(unknownPartner.status()).isEqualTo(422);
        assertThat(unknownPartner.json().get("errors").get(0).get("field").asText()).isEqualTo("partnerId");
    }
}
