package org.shouhu.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bureau administers accounts through the API; every change is an event with actor and reason. */
class AccountAdministrationTest extends ApplicationTest {

    private Api signedInAs(String username, String password) {
        return api.anonymous().withHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void an_account_opened_by_the_bureau_signs_in_within_its_area_until_disabled() {
        String name = "zhao.xia-" + System.nanoTime() % 100000;
        Api bureau = api.as("bureau");
        Api.Reply created = bureau.post("/api/v1/accounts", Map.of("username", name, "role", "DIRECTOR",
                "area", "石洞镇/红星村", "password", "a long secret", "reason", "new child director of 红星村"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("username").asText()).isEqualTo(name);

        Api zhao = signedInAs(name, "a long secret");
        Map<String, Object> child = new HashMap<>(Children.registration());
        child.put("village", "红星村");
        assertThat(zhao.post("/api/v1/children", child).status()).isEqualTo(201);
        assertThat(zhao.post("/api/v1/children", Children.registration()).status())
                .as("青龙村 is not her village").isEqualTo(403);
        assertThat(signedInAs(name, "wrong password").get("/api/v1/roster").status()).isEqualTo(401);

        assertThat(bureau.post("/api/v1/accounts/" + name + "/role", Map.of("role", "SUPERVISOR", "area", "石洞镇",
                "reason", "promoted")).status()).isEqualTo(200);
        assertThat(zhao.post("/api/v1/children", Children.registration()).status())
                .as("as supervisor of the township").isEqualTo(201);

        assertThat(bureau.post("/api/v1/accounts/" + name + "/disabling", Map.of("reason", "left the job")).status())
                .isEqualTo(200);
        assertThat(zhao.get("/api/v1/roster").status()).isEqualTo(401);

        JsonNode events = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(jdbc.queryForList("""
                SELECT payload_type, meta_data::jsonb ->> 'actorId' AS actor, meta_data::jsonb ->> 'reason' AS reason,
                       payload FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", name));
        assertThat(events).hasSize(3);
        assertThat(events.findValuesAsText("actor")).containsOnly("bureau");
        assertThat(events.findValuesAsText("reason")).containsExactly("new child director of 红星村", "promoted",
                "left the job");
        assertThat(events.toString()).doesNotContain("a long secret").doesNotContain("$2a$");
    }

    @Test
    void only_the_bureau_administers_accounts_and_bad_input_is_refused() {
        Map<String, Object> account = Map.of("username", "li.na", "role", "DIRECTOR", "area", "石洞镇/青龙村",
                "password", "a long secret", "reason", "x");
        for (String user : new String[]{"director", "supervisor", "inspector", "dashboard"}) {
            assertThat(api.as(user).post("/api/v1/accounts", account).status()).as(user).isEqualTo(403);
            assertThat(api.as(user).get("/api/v1/accounts").status()).as(user).isEqualTo(403);
        }
        Api bureau = api.as("bureau");
        Map<String, Object> misfit = new HashMap<>(account);
        misfit.put("area", "石洞镇");
        Api.Reply refused = bureau.post("/api/v1/accounts", misfit);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("rule").asText()).isEqualTo("area.role-mismatch");
        Map<String, Object> shortPassword = new HashMap<>(account);
        shortPassword.put("password", "short");
        assertThat(bureau.post("/api/v1/accounts", shortPassword).status()).isEqualTo(422);
        Map<String, Object> badName = new HashMap<>(account);
        badName.put("username", "Li Na");
        assertThat(bureau.post("/api/v1/accounts", badName).json().get("errors").get(0).get("rule").asText())
                .isEqualTo("username.format");
        assertThat(bureau.post("/api/v1/accounts", account).status()).isEqualTo(201);
        assertThat(bureau.post("/api/v1/accounts", account).status()).as("the name is taken").isEqualTo(409);
        assertThat(bureau.get("/api/v1/accounts").json().findValuesAsText("username")).contains("li.na");
        assertThat(bureau.get("/api/v1/accounts").body()).doesNotContain("$2a$");
    }
}
