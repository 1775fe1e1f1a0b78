package org.shouhu.ops.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Clients recording visits at a steady pace, each on children of its own, every request with an
 * Idempotency-Key. A request that got no answer (the node died, the connection was cut) or a 503
 * is sent again, with the same key and body, until it is answered: what a careful client does.
 * Keeps which keys were acknowledged, which were sent, and any answer that should never come.
 */
final class VisitWriters implements AutoCloseable {

    /** How long a client waits for an answer before it counts the request as unanswered. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration AFTER_NO_ANSWER = Duration.ofMillis(250);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IntSupplier port;
    private final List<List<String>> childrenPerClient;
    private final Duration pause;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    /** Keys sent more than once (their first attempt got no usable answer). */
    final Set<String> retried = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    final AtomicLong unanswered = new AtomicLong();
    final AtomicLong requests = new AtomicLong();
    final ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
    final AtomicLong slowestAnswerMillis = new AtomicLong();
    /** A 503 without Retry-After. */
    final AtomicLong unavailableWithoutRetryAfter = new AtomicLong();

    /**
     * @param port              the port of the node to send to now (it may change across restarts)
     * @param childrenPerClient one list of children per client
     * @param pause             between a client's answered request and its next one
     */
    VisitWriters(IntSupplier port, List<List<String>> childrenPerClient, Duration pause) {
        this.port = port;
        this.childrenPerClient = childrenPerClient;
        this.pause = pause;
    }

    void start() {
        running.set(true);
        for (int client = 0; client < childrenPerClient.size(); client++) {
            List<String> children = childrenPerClient.get(client);
            Thread thread = new Thread(() -> write(children), "visit-writer-" + client);
            thread.start();
            threads.add(thread);
        }
    }

    /** Stops sending new requests; each client still sends its pending one until it is answered or the time is up. */
    void stopAndDrain(Duration within) throws InterruptedException {
        running.set(false);
        long deadline = System.nanoTime() + within.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join();
                wrongAnswers.add(thread.getName() + ": a request still unanswered after draining for " + within);
            }
        }
    }

    long answered(int status) {
        AtomicLong count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    private void write(List<String> children) {
        int next = 0;
        Pending pending = null;
        while (true) {
            if (pending == null) {
                if (!running.get() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                pending = new Pending(UUID.randomUUID().toString(), children.get(next++ % children.size()), 0);
                sent.add(pending.key);
            }
            requests.incrementAndGet();
            if (pending.attempts > 0) {
                retried.add(pending.key);
            }
            pending = pending.again();
            long started = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = http.send(request(pending), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException noAnswer) {
                unanswered.incrementAndGet();
                if (!pause(AFTER_NO_ANSWER)) {
                    return;
                }
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            slowestAnswerMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            answers.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
            if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                acknowledged.add(pending.key);
                pending = null;
                if (!pause(pause)) {
                    return;
                }
            } else if (answer.statusCode() == 503) {
                String retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
                if (retryAfter == null) {
                    unavailableWithoutRetryAfter.incrementAndGet();
                }
                if (!pause(AFTER_NO_ANSWER)) {
                    return;
                }
            } else {
                wrongAnswers.add(answer.statusCode() + " " + answer.body());
                pending = null;
            }
        }
    }

    private HttpRequest request(Pending pending) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("occurredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)
                    .toString(), "kind", "HOME", "childSeen", true, "findings", "visit " + pending.key));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + "/api/v1/children/"
                        + pending.childId + "/visits"))
                .timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("director:test".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", pending.key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopAndDrain(Duration.ZERO);
    }

    private record Pending(String key, String childId, int attempts) {
        Pending again() {
            return new Pending(key, childId, attempts + 1);
        }
    }
}
