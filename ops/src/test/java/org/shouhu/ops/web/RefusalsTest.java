package org.shouhu.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that were answered 500, or refused without a problem, or refused after being carried
 * out, until the hostile-input run (reliability.HostileInputTest) found them: each is now a 4xx
 * problem that names what is wrong, and stores nothing.
 */
class RefusalsTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RISK = "{\"level\":\"HIGH\",\"reason\":\"assessed\"}";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String child;

    private record Answer(int status, String contentType, String body) {

        JsonNode problem() throws IOException {
            assertThat(contentType).as(toString()).startsWith("application/problem+json");
            return JSON.readTree(body);
        }

        JsonNode error() throws IOException {
            return problem().get("errors").get(0);
        }
    }

    @BeforeEach
    void aChild() {
        child = "/api/v1/children/" + register(Children.registration());
    }

    @Test
    void a_member_given_twice_is_refused_by_its_name() throws Exception {
        long before = eventCount();
        Answer answer = send("POST", child + "/risk", "application/json", null,
                "{\"level\":\"HIGH\",\"reason\":\"assessed\",\"reason\":\"\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.error().get("field").asText()).isEqualTo("reason");
        assertThat(answer.error().get("rule").asText()).isEqualTo("duplicate");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_content_type_that_is_a_pattern_is_refused_415() throws Exception {
        long before = eventCount();
        Answer write = send("POST", child + "/risk", "application/*", null, RISK);
        assertThat(write.status()).as(write.toString()).isEqualTo(415);
        assertThat(write.error().get("field").asText()).isEqualTo("Content-Type");
        assertThat(eventCount()).isEqualTo(before);
        // the actuator read a body of that type too, with a 500
        assertThat(send("GET", "/actuator/health", "*/*", null, "").status()).isEqualTo(415);
    }

    @Test
    void an_accept_that_is_not_media_types_is_refused_before_the_write() throws Exception {
        long before = eventCount();
        Answer answer = send("POST", child + "/risk", "application/json", "!!!", RISK);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.error().get("field").asText()).isEqualTo("Accept");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** Found by the long hostile run: the actuator's Prometheus scrape failed with a 500 on an empty Accept. */
    @Test
    void an_empty_accept_is_taken_as_no_accept_at_all() throws Exception {
        Answer scrape = send("GET", "/actuator/prometheus", null, "", "");
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        Answer write = send("POST", child + "/risk", "application/json", "", RISK);
        assertThat(write.status()).as(write.toString()).isEqualTo(200);
    }

    @Test
    void a_write_whose_answer_the_client_cannot_take_is_not_carried_out() throws Exception {
        long before = eventCount();
        Answer answer = send("POST", child + "/risk", "application/json", "text/csv", RISK);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(406);
        assertThat(answer.error().get("rule").asText()).isEqualTo("accept.json");
        assertThat(eventCount()).as("recorded, then answered 406, before").isEqualTo(before);
        // a read may ask for what it likes (an export is a CSV): it is refused in the API's own way
        Answer read = send("GET", "/api/v1/workers", null, "text/csv", "");
        assertThat(read.status()).as(read.toString()).isEqualTo(406);
        assertThat(read.problem().get("type").asText()).isEqualTo("urn:shouhu:problem:media-type");
    }

    @Test
    void a_multipart_body_without_its_boundary_is_refused_400() throws Exception {
        long before = eventCount();
        Answer write = send("POST", "/api/v1/children", "multipart/form-data", null, "{}");
        assertThat(write.status()).as(write.toString()).isEqualTo(400);
        assertThat(write.problem().get("type").asText()).isEqualTo("urn:shouhu:problem:malformed-multipart");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(send("GET", "/api/v1/workers", "multipart/form-data", null, "").status()).isEqualTo(400);
    }

    @Test
    void a_multipart_body_the_server_cannot_parse_is_refused_400_whoever_reads_it_first() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.jpg\"\r\n\r\nx\r\n--b--\r\n";
        // a signed-in page's write without its CSRF token in a header: the security filters look for it in the body
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + child
                        + "/attachments?kind=PHOTO")).header("Cookie", "JSESSIONID=" + UUID.randomUUID())
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("urn:shouhu:problem:malformed-multipart");
    }

    @Test
    void a_path_or_parameter_the_firewall_refuses_is_a_problem() throws Exception {
        Answer path = send("GET", "/api/v1/children/;a=b/history", null, null, "");
        assertThat(path.status()).as(path.toString()).isEqualTo(400);
        assertThat(path.problem().get("type").asText()).isEqualTo("urn:shouhu:problem:rejected-request");
        // refused once the controller reads its parameters: it was a 500
        Answer name = send("GET", "/api/v1/roster?%01=1", null, null, "");
        assertThat(name.status()).as(name.toString()).isEqualTo(400);
        assertThat(name.problem().get("type").asText()).isEqualTo("urn:shouhu:problem:rejected-request");
    }

    @Test
    void a_nul_in_a_parameter_is_refused_before_it_reaches_the_database() throws Exception {
        Answer answer = send("GET", "/api/v1/reports/intervention-timelines?township=%00", null, null, "");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.error().get("field").asText()).isEqualTo("township");
        assertThat(answer.error().get("rule").asText()).isEqualTo("text.nul");
        // a page reads its parameters while it is written: a refusal then was a 500
        assertThat(send("GET", "/login?error=%00", null, null, "").status()).isEqualTo(400);
    }

    @Test
    void a_township_too_long_for_a_township_is_refused_by_its_name() throws Exception {
        Answer answer = send("GET", "/api/v1/reports/data-quality?township=" + "x".repeat(61), null, null, "");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.error().get("field").asText()).isEqualTo("township");
        assertThat(answer.error().get("rule").asText()).isEqualTo("township.too-long");
    }

    @Test
    void a_date_or_time_past_the_databases_calendar_is_refused_by_its_name() throws Exception {
        Answer far = send("GET", "/api/v1/reports/accountability?to=%2B999999999-12-31", null, null, "");
        assertThat(far.status()).as(far.toString()).isEqualTo(400);
        assertThat(far.error().get("field").asText()).isEqualTo("to");
        assertThat(far.error().get("rule").asText()).isEqualTo("date.format");
        Answer noSuchDay = send("GET", "/api/v1/activities?from=2025-02-30", null, null, "");
        assertThat(noSuchDay.status()).as(noSuchDay.toString()).isEqualTo(400);
        assertThat(noSuchDay.error().get("field").asText()).isEqualTo("from");
        assertThat(noSuchDay.error().get("rule").asText()).isEqualTo("date.invalid");
        Answer lastDay = send("GET", "/api/v1/reports/accountability?from=0001-01-01&to=9999-12-31", null, null, "");
        assertThat(lastDay.status()).as(lastDay.toString()).isEqualTo(200);
        Answer farInstant = send("inspector", "GET", "/api/v1/audit/access?to=%2B999999999-12-31T00:00:00Z", null, null, "");
        assertThat(farInstant.status()).as(farInstant.toString()).isEqualTo(400);
        assertThat(farInstant.error().get("field").asText()).isEqualTo("to");
    }

    @Test
    void a_form_that_cannot_be_decoded_is_not_parsed_for_a_method_no_endpoint_has() throws Exception {
        Answer answer = send("PATCH", "/actuator/health", "application/x-www-form-urlencoded", null, "a=%%%");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(405);
    }

    @Test
    void text_a_text_column_cannot_hold_is_refused_by_its_member() throws Exception {
        long before = eventCount();
        Answer nul = send("POST", child + "/risk", "application/json", null,
                "{\"level\":\"HIGH\",\"reason\":\"a\\u0000b\"}");
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(nul.error().get("field").asText()).isEqualTo("reason");
        assertThat(nul.error().get("rule").asText()).isEqualTo("text.nul");
        Answer half = send("POST", child + "/flags", "application/json", null, "{\"message\":\"a\\ud800\"}");
        assertThat(half.status()).as(half.toString()).isEqualTo(400);
        assertThat(half.error().get("field").asText()).isEqualTo("message");
        assertThat(half.error().get("rule").asText()).isEqualTo("text.surrogate");
        assertThat(eventCount()).as("a NUL was recorded, and stopped every read model on its event").isEqualTo(before);
        // a pair of surrogates is one character, and welcome
        assertThat(send("POST", child + "/flags", "application/json", null, "{\"message\":\"\\ud83d\\udc76\"}")
                .status()).isEqualTo(201);
    }

    private Answer send(String method, String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        return send("director", method, path, contentType, accept, body);
    }

    private Answer send(String account, String method, String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((account + ":test").getBytes(StandardCharsets.UTF_8)))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
