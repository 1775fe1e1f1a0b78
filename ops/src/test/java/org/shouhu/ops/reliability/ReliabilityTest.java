package org.shouhu.ops.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.database.EmbeddedDatabaseProperties;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.AppProcess;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Nodes;
import org.shouhu.ops.support.Session;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing acknowledged is lost and nothing is recorded twice when the application is killed,
 * when PostgreSQL goes away, when clients race on two nodes, and when the connections run out.
 * The CI variant runs each scenario once and briefly; {@code -Dshouhu.reliability.rounds=N}
 * runs each N times as long (ops/reliability/run.sh, docs/reliability.md). Every run is bounded
 * in time and sends only to loopback.
 */
class ReliabilityTest {

    private static final int ROUNDS = Integer.getInteger("shouhu.reliability.rounds", 1);
    private static final long SEED = Long.getLong("shouhu.reliability.seed", System.nanoTime());
    private static final Duration READY = Duration.ofMinutes(3);
    private static final Duration DRAIN = Duration.ofSeconds(90);
    private static final Duration CONVERGED = Duration.ofSeconds(90);
    /** What the issue allows the application to come back after the database does. */
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    /** A request waits 2 s for a connection (spring.datasource.hikari.connection-timeout), then some slack. */
    private static final Duration FAST_FAILURE = Duration.ofSeconds(6);
    private static final String DATABASE = "shouhu";
    /** An account kept in the database (the test profile's own accounts are in its configuration). */
    private static final String RECORDED_ACCOUNT = "zhao";
    private static final String RECORDED_PASSWORD = "a long secret";

    @TempDir
    Path dataDir;

    /**
     * Clients record visits with Idempotency-Keys while the application process is killed with
     * SIGKILL at random moments and started again; clients send unanswered requests again with
     * the same key. Every acknowledged visit is in the store exactly once, a retried one at most
     * once; the hash chains and a checkpoint verify; the read models reach the store's head.
     */
    @Test
    void every_acknowledged_visit_survives_kills_exactly_once() throws Exception {
        int kills = 3 * ROUNDS;
        Random random = new Random(SEED);
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(persistent())) {
            AppProcess[] app = {AppProcess.start(database, DATABASE, READY, "--shouhu.integrity.checkpoint-interval=2s")};
            try {
                List<String> children = register(app[0].api("director"), 16);
                VisitWriters writers = new VisitWriters(() -> app[0].port(), split(children, 8), Duration.ofMillis(100));
                writers.start();
                for (int kill = 0; kill < kills; kill++) {
                    Thread.sleep(2000 + random.nextInt(4000));
                    app[0].kill();
                    app[0] = AppProcess.start(database, DATABASE, READY, "--shouhu.integrity.checkpoint-interval=2s");
                }
                Thread.sleep(2000);
                writers.stopAndDrain(DRAIN);

                StoreCheck store = new StoreCheck(database, DATABASE);
                assertNothingLostNorDoubled(writers, store);
                assertThat(writers.retried).as("the kills cut requests off, which clients sent again").isNotEmpty();
                Api inspector = app[0].api("inspector");
                assertThat(inspector.post("/api/v1/integrity/checkpoints", "{}").status()).isEqualTo(201);
                assertIntact(inspector);
                assertConverged(app[0].api("bureau"), store, children);
                Figures.print("crash", Map.of("seed", SEED, "kills survived", kills, "requests sent", writers.requests.get(),
                        "acknowledged", writers.acknowledged.size(), "retried", writers.retried.size(),
                        "unanswered attempts", writers.unanswered.get(), "lost writes", 0));
            } finally {
                app[0].close();
            }
        }
    }

    /**
     * PostgreSQL stops for 10 s under load. Meanwhile every answer is 503 with Retry-After within
     * a bounded time and readiness says not ready; once it is back the node answers again within
     * 10 s without a restart, the processors catch up from where they were, and nothing
     * acknowledged is lost.
     */
    @Test
    void a_database_outage_is_answered_503_and_the_node_recovers_by_itself() throws Exception {
        EmbeddedDatabaseProperties properties = persistent();
        EmbeddedPostgresServer database = EmbeddedPostgresServer.start(properties);
        try (ConfigurableApplicationContext node = Nodes.start(database, DATABASE)) {
            int port = Nodes.port(node);
            List<String> children = register(new Api(port, "director"), 8);
            VisitWriters writers = new VisitWriters(() -> port, split(children, 4), Duration.ofMillis(50));
            Api probe = new Api(port, "director").anonymous();
            Session signedIn = Session.signIn(port, "director", "test");
            Api.Reply account = new Api(port, "bureau").post("/api/v1/accounts", Map.of("username", RECORDED_ACCOUNT,
                    "role", "DIRECTOR", "area", "石洞镇/红星村", "password", RECORDED_PASSWORD, "reason", "a recorded account"));
            assertThat(account.status()).as(account.toString()).isEqualTo(201);
            writers.start();
            long outages = 0;
            long unreadyAnswers = 0;
            Duration slowestRecovery = Duration.ZERO;
            for (int round = 0; round < ROUNDS; round++) {
                Thread.sleep(3000);
                database.close();
                database = null; // not closed again by the finally below if the outage fails a check
                long stoppedAt = System.nanoTime();
                if (round == 0) {
                    assertEveryKindOfRequestIsAnswered503(port, signedIn);
                }
                while (System.nanoTime() - stoppedAt < Duration.ofSeconds(10).toNanos()) {
                    long asked = System.nanoTime();
                    Api.Reply readiness = probe.get("/actuator/health/readiness");
                    assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("readiness answers in bounded time")
                            .isLessThan(FAST_FAILURE);
                    if (readiness.status() == 503) {
                        unreadyAnswers++;
                    }
                    Thread.sleep(500);
                }
                long acknowledgedBefore = writers.acknowledged.size();
                database = EmbeddedPostgresServer.start(properties);
                long startedAt = System.nanoTime();
                await("writes acknowledged again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> writers.acknowledged.size() > acknowledgedBefore);
                Duration recovery = Duration.ofNanos(System.nanoTime() - startedAt);
                slowestRecovery = recovery.compareTo(slowestRecovery) > 0 ? recovery : slowestRecovery;
                outages++;
            }
            Thread.sleep(2000);
            writers.stopAndDrain(DRAIN);

            assertThat(unreadyAnswers).as("readiness said not ready while the database was away").isPositive();
            assertThat(writers.answered(503)).as("the outage was answered 503").isPositive();
            assertThat(writers.answered(500)).as("never a 500").isZero();
            assertThat(writers.slowestAnswerMillis.get()).as("no answer hung").isLessThan(FAST_FAILURE.toMillis());
            assertThat(slowestRecovery).as("answering again within 10 s of the database").isLessThan(RECOVERY);
            StoreCheck store = new StoreCheck(database, DATABASE);
            assertNothingLostNorDoubled(writers, store);
            assertConverged(new Api(port, "bureau"), store, children);
            Figures.print("outage", Map.of("outages survived", outages, "requests sent", writers.requests.get(),
                    "answered 503", writers.answered(503), "slowest recovery ms", slowestRecovery.toMillis(),
                    "lost writes", 0));
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * 32 clients through two nodes write to the same 10 children: visits, and risk levels changed
     * against the version just read. Every answer is a success or a 409; the events are as many as
     * the successes; no stream has a gap; the chains verify. Concurrent registrations of one
     * resident ID through both nodes make exactly one child.
     */
    @Test
    void clients_racing_through_two_nodes_get_a_success_or_a_409_and_nothing_else() throws Exception {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(persistent());
             ConfigurableApplicationContext first = Nodes.start(database, DATABASE, "--shouhu.node.id=first");
             ConfigurableApplicationContext second = Nodes.start(database, DATABASE, "--shouhu.node.id=second")) {
            int[] ports = {Nodes.port(first), Nodes.port(second)};
            List<String> children = register(new Api(ports[0], "director"), 10);
            for (int port : ports) {
                // each node's read models know the children before the race reads them
                await("the children are on every node's roster").atMost(CONVERGED).until(() -> children.stream()
                        .allMatch(child -> new Api(port, "director").get("/api/v1/children/" + child).status() == 200));
            }
            StoreCheck store = new StoreCheck(database, DATABASE);
            long eventsBefore = store.eventsOf(children);
            int clients = 32;
            int requestsPerClient = 10 * ROUNDS;
            Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
            List<String> others = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                Api api = new Api(ports[client % 2], "director");
                Random random = new Random(SEED + client);
                done.add(CompletableFuture.runAsync(() -> {
                    awaitQuietly(go);
                    for (int i = 0; i < requestsPerClient; i++) {
                        String child = children.get(random.nextInt(children.size()));
                        Api.Reply reply = random.nextBoolean() ? visit(api, child) : changeRisk(api, child, random);
                        statuses.computeIfAbsent(reply.status(), s -> new AtomicLong()).incrementAndGet();
                        if (reply.status() != 200 && reply.status() != 201 && reply.status() != 409) {
                            others.add(reply.toString());
                        }
                    }
                }, pool));
            }
            go.countDown();
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
            pool.shutdown();

            assertThat(others).as("every answer a success or a 409").isEmpty();
            long successes = count(statuses, 200) + count(statuses, 201);
            assertThat(count(statuses, 409)).as("the race was real: some writes met a changed child").isPositive();
            assertThat(store.eventsOf(children) - eventsBefore).as("one event per success, none for a 409")
                    .isEqualTo(successes);
            assertThat(store.streamsWithGaps()).as("no stream has a gap").isEmpty();

            Map<String, Object> registration = Children.registration();
            long registrationsBefore = store.single(
                    "SELECT count(*) FROM domain_event_entry WHERE payload_type = 'org.shouhu.events.child.ChildRegistered'");
            List<CompletableFuture<Integer>> registrations = new ArrayList<>();
            CountDownLatch together = new CountDownLatch(1);
            for (int contender = 0; contender < 8; contender++) {
                Api api = new Api(ports[contender % 2], "director");
                Map<String, Object> body = new HashMap<>(registration);
                registrations.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(together);
                    return api.post("/api/v1/children", body).status();
                }));
            }
            together.countDown();
            List<Integer> answers = registrations.stream().map(CompletableFuture::join).toList();
            assertThat(answers).as("one registration wins").filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).as("the others are told why").filteredOn(status -> status == 409).hasSize(7);
            assertThat(store.single("SELECT count(*) FROM domain_event_entry "
                    + "WHERE payload_type = 'org.shouhu.events.child.ChildRegistered'"))
                    .as("exactly one child").isEqualTo(registrationsBefore + 1);
            assertIntact(new Api(ports[1], "inspector"));
            Figures.print("races", Map.of("requests sent", (long) clients * requestsPerClient + answers.size(),
                    "successes", successes, "conflicts (409)", count(statuses, 409), "gaps", 0));
        }
    }

    /**
     * A lock held on a table every write needs takes all of the pool's connections. Requests that
     * find no connection are answered 503 with Retry-After within the pool's timeout, not left
     * to pile up; when the lock goes, the application answers again and every write sent again
     * with its key is recorded once.
     */
    @Test
    void an_exhausted_pool_fails_fast_with_503_and_recovers() throws Exception {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(persistent());
             ConfigurableApplicationContext node = Nodes.start(database, DATABASE)) {
            int port = Nodes.port(node);
            List<String> children = register(new Api(port, "director"), 8);
            VisitWriters writers = new VisitWriters(() -> port, split(children, 24), Duration.ofMillis(20));
            try (Connection blocker = DriverManager.getConnection(database.jdbcUrl(DATABASE), database.username(), "")) {
                blocker.setAutoCommit(false);
                blocker.createStatement().execute("LOCK TABLE write_model.idempotency_record IN ACCESS EXCLUSIVE MODE");
                writers.start();
                await("requests refused for want of a connection").atMost(Duration.ofSeconds(30))
                        .until(() -> writers.answered(503) > 0);
                Thread.sleep(3000 * ROUNDS);
                blocker.rollback();
            }
            long acknowledgedBefore = writers.acknowledged.size();
            await("writes acknowledged again").atMost(Duration.ofSeconds(30))
                    .until(() -> writers.acknowledged.size() > acknowledgedBefore + 10);
            writers.stopAndDrain(DRAIN);

            assertThat(writers.answered(500)).as("never a 500").isZero();
            assertThat(writers.unavailableWithoutRetryAfter.get()).as("every 503 says when to retry").isZero();
            StoreCheck store = new StoreCheck(database, DATABASE);
            assertNothingLostNorDoubled(writers, store);
            Figures.print("exhaustion", Map.of("requests sent", writers.requests.get(),
                    "answered 503", writers.answered(503), "lost writes", 0));
        }
    }

    /**
     * An API read, an API call by an account recorded in the database (it cannot be signed in), a
     * page of the interface, and signing in to it with such an account.
     */
    private static void assertEveryKindOfRequestIsAnswered503(int port, Session signedIn) {
        for (Api.Reply read : List.of(new Api(port, "supervisor").get("/api/v1/roster"),
                new Api(port, RECORDED_ACCOUNT).withPassword(RECORDED_PASSWORD).get("/api/v1/roster"))) {
            assertThat(read.status()).as(read.toString()).isEqualTo(503);
            assertThat(read.header("Retry-After")).isNotBlank();
            assertThat(read.json().get("type").asText()).isEqualTo("urn:shouhu:problem:database-unavailable");
        }
        HttpResponse<String> page = signedIn.get("/ui/roster");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> signIn = Session.anonymous(port).submitSignIn(RECORDED_ACCOUNT, RECORDED_PASSWORD);
        assertThat(signIn.uri().getQuery()).as("the sign-in page says the database is away, not that the password "
                + "is wrong").isEqualTo("unavailable");
    }

    private static void assertNothingLostNorDoubled(VisitWriters writers, StoreCheck store) throws Exception {
        assertThat(writers.wrongAnswers).as("answers no client should get").isEmpty();
        Map<String, Integer> stored = store.eventsPerIdempotencyKey();
        assertThat(writers.acknowledged).as("acknowledged writes").isNotEmpty();
        for (String key : writers.acknowledged) {
            assertThat(stored.getOrDefault(key, 0)).as("acknowledged %s stored exactly once", key).isEqualTo(1);
        }
        for (Map.Entry<String, Integer> entry : stored.entrySet()) {
            assertThat(entry.getValue()).as("%s stored at most once", entry.getKey()).isEqualTo(1);
        }
        assertThat(writers.sent).as("nothing stored that no client sent").containsAll(stored.keySet());
    }

    private static void assertIntact(Api inspector) {
        Api.Reply verification = inspector.get("/api/v1/integrity/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().get("status").asText()).as(verification.toString()).isEqualTo("intact");
    }

    /** The processors reach the store's head, and each child's history holds every event of its stream. */
    private static void assertConverged(Api bureau, StoreCheck store, List<String> children) throws Exception {
        try {
            awaitProcessorsAtTheHead(bureau);
        } catch (org.awaitility.core.ConditionTimeoutException stuck) {
            // where each processor thread of this JVM is, to tell a back-off from a hang
            for (java.lang.management.ThreadInfo thread : java.lang.management.ManagementFactory.getThreadMXBean()
                    .dumpAllThreads(true, true)) {
                if (thread.getThreadName().startsWith("EventProcessor")) {
                    StringBuilder trace = new StringBuilder(thread.getThreadName() + " " + thread.getThreadState());
                    for (StackTraceElement frame : thread.getStackTrace()) {
                        trace.append("\n    at ").append(frame);
                    }
                    System.out.println(trace);
                }
            }
            System.out.println(bureau.get("/api/v1/admin/projections"));
            throw stuck;
        }
        for (String child : children) {
            long stored = store.eventsOf(List.of(child));
            JsonNode history = bureau.get("/api/v1/children/" + child + "/history?limit=500").json().get("items");
            assertThat((long) history.size()).as("history of %s", child).isEqualTo(stored);
        }
    }

    private static void awaitProcessorsAtTheHead(Api bureau) {
        await("the read models reach the store").atMost(CONVERGED).until(() -> {
            JsonNode projections = bureau.get("/api/v1/admin/projections").json();
            for (JsonNode projection : projections) {
                if (projection.get("replaying").asBoolean() || projection.get("lag").asLong() > 0) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Api.Reply visit(Api api, String child) {
        return api.post("/api/v1/children/" + child + "/visits", Map.of("occurredOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString(), "kind", "HOME",
                "childSeen", true, "findings", "a visit in a race"));
    }

    /** A change of risk level made against the version just read (If-Match): stale by the time it lands, or not. */
    private static Api.Reply changeRisk(Api api, String child, Random random) {
        Api.Reply read = api.get("/api/v1/children/" + child);
        if (read.status() != 200) {
            return read; // counted among the answers no client should get
        }
        String level = read.json().path("riskLevel").asText("");
        String[] levels = {"LOW", "MEDIUM", "HIGH"};
        String other = levels[random.nextInt(levels.length)];
        if (other.equals(level)) {
            other = other.equals("LOW") ? "MEDIUM" : "LOW";
        }
        return api.withHeader("If-Match", read.header("ETag")).post("/api/v1/children/" + child + "/risk",
                Map.of("level", other));
    }

    private static List<String> register(Api director, int count) {
        List<String> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Reply reply = director.post("/api/v1/children", Children.registration());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            children.add(reply.json().get("childId").asText());
        }
        return children;
    }

    /** The children dealt out to the clients, each client its own (a child may have several clients when there are fewer children). */
    private static List<List<String>> split(List<String> children, int clients) {
        List<List<String>> perClient = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < Math.max(children.size(), clients); i++) {
            perClient.get(i % clients).add(children.get(i % children.size()));
        }
        return perClient;
    }

    private static long count(Map<Integer, AtomicLong> statuses, int status) {
        AtomicLong count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EmbeddedDatabaseProperties persistent() throws IOException {
        return new EmbeddedDatabaseProperties(dataDir, freePort(), DATABASE, null, false);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
