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
    void health_answers_without_an_account() {
        assertThat(api.anonymous().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }
}
