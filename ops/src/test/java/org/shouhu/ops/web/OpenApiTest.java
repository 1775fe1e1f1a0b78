package org.shouhu.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The application serves its own OpenAPI description, with the paths of the contract. */
class OpenApiTest extends ApplicationTest {

    @Test
    void the_openapi_description_names_the_children_paths() {
        JsonNode description = api.anonymous().get("/v3/api-docs").json();
        JsonNode paths = description.get("paths");
        for (String path : new String[]{"/api/v1/children", "/api/v1/children/{childId}/guardianship",
                "/api/v1/children/{childId}/visits", "/api/v1/children/{childId}/history", "/api/v1/roster",
                "/api/v1/children/{childId}/interventions/{interventionId}/closure", "/api/v1/admin/projections/rebuild"}) {
            assertThat(paths.has(path)).as("path %s", path).isTrue();
        }
    }

    @Test
    void the_description_tells_offline_clients_the_capture_headers_and_the_conflict_answer() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/offline/children")).isTrue();
        assertThat(paths.has("/api/v1/children/{childId}/conflicts/{conflictId}/resolution")).isTrue();
        JsonNode risk = paths.get("/api/v1/children/{childId}/risk").get("post");
        assertThat(risk.get("responses").has("202")).as("a risk level held as a conflict").isTrue();
        assertThat(risk.get("parameters").findValuesAsText("name"))
                .contains("Idempotency-Key", "X-Captured-At", "X-Captured-Against-Version");
        assertThat(paths.get("/api/v1/children/{childId}/visits").get("post").get("parameters").findValuesAsText("name"))
                .contains("X-Captured-At", "X-Captured-Against-Version");
    }

    @Test
    void health_answers_without_an_account() {
        assertThat(api.anonymous().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }
}
