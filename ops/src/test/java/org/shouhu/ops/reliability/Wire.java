package org.shouhu.ops.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends a {@link HostileRequest} byte for byte to the application on the loopback interface:
 * java.net.http writes the body as given, so invalid UTF-8 really goes over the wire.
 */
final class Wire {

    /** No request of this test may hang the run: each has this long to be answered. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How much of an answer a report shows. */
    private static final int SHOWN_ANSWER = 500;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(PATIENCE).build();
    private final String base;

    Wire(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + header("Content-Type") + " "
                    + (text.length() > SHOWN_ANSWER ? text.substring(0, SHOWN_ANSWER) + "…" : text);
        }
    }

    Answer send(HostileRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target())).timeout(PATIENCE);
        request.headers().forEach(header -> builder.header(header.name(), header.value()));
        HttpRequest.BodyPublisher body;
        if (request.body().length == 0) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (request.chunked()) {
            // a publisher of unknown length: the body goes chunked, and the server cannot know its size in advance
            body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(request.body());
        }
        HttpResponse<byte[]> response = client.send(builder.method(request.method(), body).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }
}
