package org.shouhu.ops.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the generated OpenAPI cannot see in the handlers' signatures: the headers every write on
 * a child reads (WriteRequests) and the 202 of a risk level held as a conflict, so that
 * {@code /v3/api-docs} stays true for offline clients (docs/offline.md).
 */
@Component
public class WriteHeadersInOpenApi implements OpenApiCustomizer {

    private static final String CHILDREN = "/api/v1/children";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            Operation write = item.getPost();
            if (write == null || !path.startsWith(CHILDREN)) {
                return;
            }
            write.addParametersItem(header("Idempotency-Key", new StringSchema().maxLength(200),
                    "Made by the client for this write; the same key with the same body is answered again and records nothing new"));
            write.addParametersItem(header("X-Captured-At", new StringSchema().format("date-time"),
                    "When a device captured the entry offline (kept in the events' metadata as capturedAt)"));
            write.addParametersItem(header("X-Captured-Against-Version", new IntegerSchema().minimum(java.math.BigDecimal.ZERO),
                    "The child's version (ETag) the device saw when it captured the entry offline"));
            if (path.endsWith("/risk")) {
                write.getResponses().addApiResponse("202", new ApiResponse().description(
                        "Made against a version after which the risk level was assessed again: not applied, held as a"
                                + " conflict for a person to resolve ({conflictId, childId, version, position})"));
            }
        });
    }

    private static Parameter header(String name, io.swagger.v3.oas.models.media.Schema<?> schema, String description) {
        return new Parameter().in("header").name(name).required(false).schema(schema).description(description);
    }
}
