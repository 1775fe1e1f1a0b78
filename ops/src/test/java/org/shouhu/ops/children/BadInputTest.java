package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input answers a 4xx problem naming the field and the rule, and stores nothing. */
class BadInputTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    private Api.Reply refusedRegistration(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new HashMap<>(Children.registration());
        change.accept(body);
        long before = eventCount();
        Api.Reply reply = api.post("/api/v1/children", body);
        assertThat(eventCount()).as("nothing stored for %s", reply).isEqualTo(before);
        return reply;
    }

    private static void assertProblem(Api.Reply reply, int status, String field, String rule) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asText()).startsWith("urn:shouhu:problem:");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (field != null) {
            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("rule").asText()).isEqualTo(rule);
            assertThat(error.get("message").asText()).isNotBlank();
        }
    }

    @Test
    void malformed_json() {
        long before = eventCount();
        Api.Reply reply = api.post("/api/v1/children", "{\"name\": \"王\", ");
        assertProblem(reply, 400, null, null);
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:shouhu:problem:malformed-json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void missing_fields_are_all_named() {
        Api.Reply reply = refusedRegistration(body -> {
            body.remove("name");
            body.put("residentId", null);
        });
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("field")).contains("name", "residentId");
        assertThat(reply.json().get("errors").findValuesAsText("rule")).containsOnly("required");
    }

    @Test
    void an_unknown_field_is_refused_not_dropped() {
        assertProblem(refusedRegistration(body -> body.put("nickname", "小明")), 400, "nickname", "unknown-field");
    }

    @Test
    void an_unknown_enum_value() {
        Api.Reply reply = refusedRegistration(body -> body.put("primaryCategory", "RICH"));
        assertProblem(reply, 400, "primaryCategory", "enum");
        assertThat(reply.json().get("detail").asText()).contains("LEFT_BEHIND");
    }

    @Test
    void a_blank_name() {
        assertProblem(refusedRegistration(body -> body.put("name", "  ")), 400, "name", "name.required");
    }

    @Test
    void a_resident_id_with_a_wrong_check_digit() {
        Api.Reply reply = refusedRegistration(body -> {
            String id = (String) body.get("residentId");
            char wrong = id.charAt(17) == '0' ? '1' : '0';
            body.put("residentId", id.substring(0, 17) + wrong);
        });
        assertProblem(reply, 400, "residentId", "resident-id.check-digit");
    }

    @Test
    void a_birth_date_that_disagrees_with_the_resident_id() {
        Api.Reply reply = refusedRegistration(body -> body.put("dateOfBirth",
                LocalDate.parse((String) body.get("dateOfBirth")).minusDays(1).toString()));
        assertProblem(reply, 422, "residentId", "resident-id.birth-date-mismatch");
    }

    @Test
    void a_duplicate_resident_id() {
        Map<String, Object> first = Children.registration();
        register(first);
        Map<String, Object> second = new HashMap<>(Children.registration());
        second.put("residentId", first.get("residentId"));
        second.put("dateOfBirth", first.get("dateOfBirth"));
        long before = eventCount();
        assertProblem(api.post("/api/v1/children", second), 409, "residentId", "resident-id.unique");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_date_in_the_future() {
        String childId = register(Children.registration());
        long before = eventCount();
        Api.Reply reply = api.post("/api/v1/children/" + childId + "/visits", Map.of(
                "occurredOn", today.plusDays(1).toString(), "kind", "HOME", "childSeen", true, "findings", "x"));
        assertProblem(reply, 422, "occurredOn", "date.in-future");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_date_in_the_wrong_format() {
        String childId = register(Children.registration());
        Api.Reply reply = api.post("/api/v1/children/" + childId + "/visits", Map.of(
                "occurredOn", "01/05/2024", "kind", "HOME", "childSeen", true, "findings", "x"));
        assertProblem(reply, 400, "occurredOn", "format");
    }

    @Test
    void a_visit_to_an_unknown_child() {
        long before = eventCount();
        Api.Reply reply = api.post("/api/v1/children/" + java.util.UUID.randomUUID() + "/visits", Map.of(
                "occurredOn", today.toString(), "kind", "HOME", "childSeen", true, "findings", "x"));
        assertProblem(reply, 404, null, null);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_visit_to_a_closed_child() {
        String childId = register(Children.registration());
        api.as("supervisor").post("/api/v1/children/" + childId + "/closure", Map.of("effectiveOn", today.toString(),
                "reason", "moved"));
        long before = eventCount();
        Api.Reply reply = api.post("/api/v1/children/" + childId + "/visits", Map.of(
                "occurredOn", today.toString(), "kind", "HOME", "childSeen", true, "findings", "x"));
        assertProblem(reply, 422, null, null);
        assertThat(reply.json().get("errors").get(0).get("rule").asText()).isEqualTo("case.closed");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_second_closure_of_an_intervention() {
        String childId = register(Children.registration());
        String interventionId = api.post("/api/v1/children/" + childId + "/interventions", Map.of(
                "type", "LEGAL_EDUCATION", "goal", "Know the law", "openedOn", today.toString()))
                .json().get("interventionId").asText();
        String closure = "/api/v1/children/" + childId + "/interventions/" + interventionId + "/closure";
        Map<String, Object> body = Map.of("closedOn", today.toString(), "outcome", "GOAL_MET");
        assertThat(api.post(closure, body).status()).isEqualTo(200);
        long before = eventCount();
        Api.Reply again = api.post(closure, body);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").get(0).get("rule").asText()).isEqualTo("intervention.already-closed");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_closure_without_a_reason() {
        String childId = register(Children.registration());
        assertProblem(api.post("/api/v1/children/" + childId + "/closure", Map.of("effectiveOn", today.toString())),
                400, "reason", "required");
    }

    @Test
    void a_stale_if_match_answers_409_and_stores_nothing() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        Api.Reply first = api.withHeader("If-Match", "\"1\"").post(child + "/risk", Map.of("level", "HIGH"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        long before = eventCount(childId);
        Api.Reply stale = api.withHeader("If-Match", "\"1\"").post(child + "/risk", Map.of("level", "LOW"));
        assertProblem(stale, 409, null, null);
        assertThat(stale.json().get("type").asText()).isEqualTo("urn:shouhu:problem:version-conflict");
        assertThat(eventCount(childId)).isEqualTo(before);
    }

    @Test
    void a_repeated_idempotency_key_returns_the_first_answer_and_records_once() {
        Map<String, Object> body = Children.registration();
        Api keyed = api.withHeader("Idempotency-Key", "register-" + java.util.UUID.randomUUID());
        long before = eventCount();
        Api.Reply first = keyed.post("/api/v1/children", body);
        Api.Reply second = keyed.post("/api/v1/children", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(eventCount() - before).as("ChildRegistered and GuardianAssigned, once").isEqualTo(2);

        Map<String, Object> other = new HashMap<>(body);
        other.put("name", "王小红");
        Api.Reply reused = keyed.post("/api/v1/children", other);
        assertProblem(reused, 422, "Idempotency-Key", "idempotency-key.reused");
        assertThat(eventCount() - before).isEqualTo(2);
    }

    @Test
    void a_list_with_a_null_entry() {
        Api.Reply reply = refusedRegistration(body -> body.put("tags", java.util.Arrays.asList("ORPHAN", null)));
        assertProblem(reply, 422, "tags", "tags.null-entry");
    }

    @Test
    void a_malformed_child_id_in_the_path_is_not_found() {
        assertThat(api.post("/api/v1/children/not-a-uuid/risk", Map.of("level", "HIGH")).status()).isEqualTo(404);
    }

    /** Over shouhu.web.max-body-size (1 MB): refused before it is read, whether its length is declared or not. */
    @Test
    void a_body_over_the_limit_is_refused_413_and_stores_nothing() throws Exception {
        Map<String, Object> body = new HashMap<>(Children.registration());
        body.put("name", "王".repeat(400_000)); // 1.2 MB in UTF-8
        long before = eventCount();
        assertProblem(api.post("/api/v1/children", body), 413, "body", "body.too-large");
        HttpResponse<String> chunked = postChunked(JSON.writeValueAsBytes(body));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(eventCount()).isEqualTo(before);

        HttpResponse<String> within = postChunked(JSON.writeValueAsBytes(Children.registration()));
        assertThat(within.statusCode()).as("a chunked body within the limit is read as usual: %s", within.body())
                .isEqualTo(201);
    }

    /** A registration sent as a stream of unknown length: chunked, with no Content-Length. */
    private HttpResponse<String> postChunked(byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/children"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "director:test".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
