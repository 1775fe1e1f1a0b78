package org.shouhu.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for the running application: tests go through real HTTP, as users do. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEST_PASSWORD = "test";
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String user;
    private final String password;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(int port, String user) {
        this("http://localhost:" + port, user, TEST_PASSWORD, Map.of());
    }

    private Api(String base, String user, String password, Map<String, String> headers) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.headers.putAll(headers);
    }

    /** The same client acting as another account ("test" is every test account's password). */
    public Api as(String otherUser) {
        return new Api(base, otherUser, TEST_PASSWORD, headers);
    }

    /** The same account with another password (an account recorded through the API has its own). */
    public Api withPassword(String otherPassword) {
        return new Api(base, user, otherPassword, headers);
    }

    public Api anonymous() {
        return new Api(base, null, null, headers);
    }

    public Api withHeader(String name, String value) {
        Api copy = new Api(base, user, password, headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Reply get(String path) {
        Reply reply = send(builder(path).GET().build());
        IdentifiableReads.record(base, user, path, reply);
        return reply;
    }

    /** The application this client talks to, as the key of its {@link IdentifiableReads}. */
    public String application() {
        return base;
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Reply post(String path, Object body) {
        try {
            return post(path, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a file as the multipart part {@code file}, as a browser's upload form does. */
    public Reply upload(String path, String fileName, byte[] content) {
        String boundary = "shouhu-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))).build());
    }

    /** A file the application answers with (an export, a template): status and bytes. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(builder(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentType, byte[] body) {
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body parsed as JSON where it is JSON. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public long position() {
            return json().get("position").asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
