package org.shouhu.ops.children;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication and the role rules of this issue (area scoping comes with the access issue). */
class SecurityTest extends ApplicationTest {

    @Test
    void without_an_account_every_api_call_is_401() {
        assertThat(api.anonymous().get("/api/v1/roster").status()).isEqualTo(401);
        assertThat(api.anonymous().post("/api/v1/children", Children.registration()).status()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_is_401() {
        assertThat(api.anonymous().withHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("director:wrong".getBytes())).get("/api/v1/roster").status()).isEqualTo(401);
    }

    @Test
    void too_many_wrong_passwords_lock_the_account_for_a_while() {
        Api guesser = api.anonymous().withHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("guessed-at:wrong".getBytes()));
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/v1/roster").status()).isEqualTo(401);
        }
        Api.Reply locked = api.as("guessed-at").get("/api/v1/roster");
        assertThat(locked.status()).as("even the right password, while locked").isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("900");
        assertThat(locked.json().get("type").asText()).isEqualTo("urn:shouhu:problem:account-locked");
        assertThat(api.as("inspector").get("/api/v1/roster").status()).as("other accounts go on").isEqualTo(200);
    }

    @Test
    void the_dashboard_sees_no_child() {
        String childId = register(Children.registration());
        assertThat(api.as("dashboard").get("/api/v1/roster").status()).isEqualTo(403);
        assertThat(api.as("dashboard").get("/api/v1/children/" + childId).status()).isEqualTo(403);
        assertThat(api.as("dashboard").get("/api/v1/children/" + childId + "/history").status()).isEqualTo(403);
        assertThat(api.as("dashboard").post("/api/v1/children", Children.registration()).status()).isEqualTo(403);
    }

    @Test
    void the_inspector_reads_but_changes_nothing() {
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        assertThat(api.as("inspector").get("/api/v1/children/" + childId + "/history?minPosition="
                + registered.position()).status()).isEqualTo(200);
        long before = eventCount();
        assertThat(api.as("inspector").post("/api/v1/children/" + childId + "/risk", Map.of("level", "LOW")).status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void only_the_bureau_administers_projections() {
        assertThat(api.as("director").get("/api/v1/admin/projections").status()).isEqualTo(403);
        assertThat(api.as("bureau").get("/api/v1/admin/projections").status()).isEqualTo(200);
    }

    @Test
    void every_recording_role_records_as_itself() {
        for (String user : new String[]{"director", "supervisor", "bureau"}) {
            assertThat(api.as(user).post("/api/v1/children", Children.registration()).status()).isEqualTo(201);
        }
    }
}
