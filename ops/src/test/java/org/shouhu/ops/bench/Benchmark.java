package org.shouhu.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.shouhu.ops.database.EmbeddedDatabaseProperties;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.shouhu.ops.integrity.Checkpoints;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.AppProcess;
import org.shouhu.ops.support.Nodes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One run of the benchmark on one dataset: PostgreSQL, the application (its own process) and
 * the load generator (this process) on this machine. The steps, in order: load the dataset,
 * the store's whole-store reads and their baselines, the application's start and its replay
 * of every read model, queries, writes and their ceiling, start-up with built read models.
 * Every figure with a baseline is reported as a ratio to the baseline measured in this run.
 */
final class Benchmark {

    static final int QUERY_CLIENTS = 8;
    static final int[] WRITE_CLIENTS = {16, 64};
    private static final Duration READY_TIMEOUT = Duration.ofHours(2);
    /** The periodic integrity work stays out of the figures: the benchmark measures it as a step of its own. */
    private static final String[] MEASURED_ALONE = {"--shouhu.integrity.checkpoint-interval=0",
            "--shouhu.integrity.verify-interval=0"};
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int USUAL_WAY_CHILDREN = 1_000;
    private static final int USUAL_WAY_LOAD_BATCH = 100;
    private static final String USUAL_WAY_DATABASE = "usual_way";
    private static final ObjectMapper EVENTS_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final BenchDataset dataset;
    private final Duration step;
    private final Path dataDir;
    private final BenchResults results;
    /** Per write client count: the application's figures and the ceiling's, until the usual way's are in. */
    private final Map<Integer, Written> written = new LinkedHashMap<>();

    private record Written(ClosedLoop.Figures shouhu, ClosedLoop.Figures ceiling) {
    }

    Benchmark(BenchDataset dataset, Duration step, Path dataDir, BenchResults results) {
        this.dataset = dataset;
        this.step = step;
        this.dataDir = dataDir;
        this.results = results;
    }

    void run() throws Exception {
        LocalDate today = LocalDate.now(BenchDataset.DISTRICT);
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDir, 0, "shouhu", null, true))) {
            long events;
            try (ConfigurableApplicationContext tool = Nodes.start(database, "shouhu", "--shouhu.node.roles=",
                    "--spring.main.web-application-type=none", "--shouhu.integrity.checkpoint-interval=0",
                    "--shouhu.integrity.verify-interval=0")) {
                long start = System.nanoTime();
                events = new BulkLoader(tool).load(dataset, today);
                double seconds = (System.nanoTime() - start) / 1e9;
                results.figure("load", "events written by the bulk loader", events / seconds, "events/s", null, null);
                tool.getBean(Checkpoints.class).append();
                JdbcTemplate jdbc = tool.getBean(JdbcTemplate.class);
                jdbc.execute("VACUUM ANALYZE");
                results.figure("store size", "the database after the load (events, keys, claims; no read model yet)",
                        jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class) / 1048576.0,
                        "MiB", null, null);
                storeReads(new StoreReads(tool));
            }
            try (AppProcess app = AppProcess.start(database, "shouhu", READY_TIMEOUT, MEASURED_ALONE)) {
                Api bureau = app.api("bureau");
                awaitCaughtUp(bureau);
                if (measures("replay")) {
                    replay(bureau, events);
                }
                if (measures("queries")) {
                    queries(bureau, today);
                }
                if (measures("writes")) {
                    writes(app, database);
                }
                results.figure("memory", "peak resident memory of the application (heap " + AppProcess.HEAP + ")",
                        app.peakResidentBytes() / 1048576.0, "MiB", null, null);
            }
            if (measures("writes")) {
                // with the application stopped, so that its read models catching up take no CPU from it
                usualWay(database, today);
            }
            try (AppProcess again = AppProcess.start(database, "shouhu", READY_TIMEOUT, MEASURED_ALONE)) {
                results.figure("start-up", "start-up to ready, read models built", again.startUp.toMillis() / 1000.0,
                        "s", null, null);
            }
        }
    }

    /** The write steps' client counts: 16 and 64, others with {@code shouhu.bench.write-clients} while looking for a cause. */
    private static int[] writeClients() {
        String clients = System.getProperty("shouhu.bench.write-clients", "");
        return clients.isBlank() ? WRITE_CLIENTS
                : Arrays.stream(clients.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Whether this run measures a step: all by default, a few with {@code shouhu.bench.steps} while looking for a cause. */
    private static boolean measures(String step) {
        String steps = System.getProperty("shouhu.bench.steps", "");
        return steps.isBlank() || List.of(steps.split(",")).contains(step);
    }

    /**
     * The whole-store reads, each the faster of two passes: one pass alone moved by half between
     * runs (page cache, JIT), enough to carry a ratio across its target.
     */
    private void storeReads(StoreReads reads) {
        results.baseline("replay", Math.max(reads.deserializeAll().perSecond(), reads.deserializeAll().perSecond()));
        double hashed = Math.max(reads.hashAll().perSecond(), reads.hashAll().perSecond());
        double verified = Math.max(reads.verify().perSecond(), reads.verify().perSecond());
        results.figure("verification", "integrity verification of the whole store", verified, "events/s",
                "reading the rows and SHA-256 over their bytes", hashed);
    }

    private void replay(Api bureau, long events) {
        long start = System.nanoTime();
        Api.Reply rebuild = bureau.post("/api/v1/admin/projections/rebuild", Map.of());
        if (rebuild.status() != 202) {
            throw new IllegalStateException("rebuild refused: " + rebuild);
        }
        awaitCaughtUp(bureau);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.figure("replay", "rebuilding every read model from the first event", events / seconds, "events/s",
                "reading every event row and deserializing its payload", results.baseline("replay"));
    }

    private void queries(Api bureau, LocalDate today) throws Exception {
        String child = dataset.child(dataset.children() / 2, today).childId().value().toString();
        String asOf = today.minusDays(180).toString();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("roster", "/api/v1/roster?limit=50");
        paths.put("roster township", "/api/v1/roster?limit=50&township=" + dataset.township(0));
        paths.put("roster village", "/api/v1/roster?limit=50&township=" + dataset.township(0) + "&village="
                + dataset.village(0));
        paths.put("roster category", "/api/v1/roster?limit=50&category=LEFT_BEHIND");
        paths.put("roster risk", "/api/v1/roster?limit=50&risk=HIGH");
        paths.put("roster status", "/api/v1/roster?limit=50&status=OPEN");
        paths.put("roster overdue", "/api/v1/roster?limit=50&overdue=true");
        paths.put("roster worker", "/api/v1/roster?limit=50&worker=" + dataset.director(0, 0));
        paths.put("child history", "/api/v1/children/" + child + "/history");
        paths.put("as-of view", "/api/v1/children/" + child + "?asOf=" + asOf);
        paths.put("summary report", "/api/v1/reports/summary");
        paths.put("overdue report", "/api/v1/reports/overdue-visits");
        paths.put("timeline report", "/api/v1/reports/intervention-timelines");
        for (Map.Entry<String, String> query : paths.entrySet()) {
            String path = encode(query.getValue());
            ClosedLoop.Figures figures = ClosedLoop.run(QUERY_CLIENTS, step,
                    (client, iteration) -> bureau.get(path).status() == 200);
            results.latency(query.getKey(), figures);
        }
    }

    private void writes(AppProcess app, EmbeddedPostgresServer database) throws Exception {
        int rowSize = rowSize(database);
        for (int clients : writeClients()) {
            ClosedLoop.Figures shouhu = recordVisits(app.api("bureau"), clients, dataset.children());
            ClosedLoop.Figures ceiling = ceiling(database, clients, rowSize);
            written.put(clients, new Written(shouhu, ceiling));
        }
    }

    /** RecordVisit over HTTP in a closed loop, each client on children of its own among the first {@code children}. */
    private ClosedLoop.Figures recordVisits(Api bureau, int clients, int children) throws Exception {
        LocalDate today = LocalDate.now(BenchDataset.DISTRICT);
        int perClient = children / clients;
        return ClosedLoop.run(clients, step, (client, iteration) -> {
            // each client writes to children of its own: conflicts would measure retries, not writes
            int index = client + clients * (int) (iteration % perClient);
            String childId = new UUID(dataset.seed(), index).toString();
            Api.Reply reply = bureau.post("/api/v1/children/" + childId + "/visits", Map.of("occurredOn",
                    today.toString(), "kind", "HOME", "childSeen", true, "findings", "家中整洁，作业完成",
                    "riskIndicators", List.of()));
            if (reply.status() != 201) {
                throw new IllegalStateException("a visit was not recorded: " + reply);
            }
            return true;
        });
    }

    /**
     * The same writes the usual way ({@link AppProcess#usualWay}): the first children of the
     * dataset loaded into its own store through Axon's JPA engine and XStream, then the same
     * closed loops. It keeps nothing in memory between commands, so how many children it cycles
     * through does not change its figure.
     */
    private void usualWay(EmbeddedPostgresServer database, LocalDate today) throws Exception {
        int children = Math.min(dataset.children(), USUAL_WAY_CHILDREN);
        database.createDatabase(USUAL_WAY_DATABASE);
        try (AppProcess usual = AppProcess.usualWay(database, USUAL_WAY_DATABASE, READY_TIMEOUT)) {
            Api bureau = usual.api("bureau");
            for (int first = 0; first < children; first += USUAL_WAY_LOAD_BATCH) {
                List<Map<String, Object>> events = new ArrayList<>();
                for (int index = first; index < Math.min(children, first + USUAL_WAY_LOAD_BATCH); index++) {
                    for (var event : dataset.child(index, today).events()) {
                        events.add(Map.of("aggregateId", event.getAggregateIdentifier(), "sequence",
                                event.getSequenceNumber(), "identifier", event.getIdentifier(), "timestamp",
                                event.getTimestamp().toString(), "payloadType", event.getPayloadType().getName(),
                                "payload", event.getPayload(), "metaData", event.getMetaData()));
                    }
                }
                Api.Reply loaded = bureau.post("/bench/events", EVENTS_JSON.writeValueAsString(events));
                if (loaded.status() != 200) {
                    throw new IllegalStateException("the usual way refused the dataset: " + loaded + "\n"
                            + usual.logTail());
                }
            }
            for (Map.Entry<Integer, Written> measured : written.entrySet()) {
                int clients = measured.getKey();
                ClosedLoop.Figures usualFigures;
                try {
                    usualFigures = recordVisits(bureau, clients, children);
                } catch (Exception failed) {
                    throw new IllegalStateException("the usual way failed; the end of its log:\n" + usual.logTail(), failed);
                }
                results.writes(clients, measured.getValue().shouhu(), measured.getValue().ceiling(), usualFigures);
            }
        }
    }

    /** The same clients, each inserting one row of a stored visit's size per transaction into a plain table. */
    private ClosedLoop.Figures ceiling(EmbeddedPostgresServer database, int clients, int rowSize) throws Exception {
        String url = database.jdbcUrl("shouhu");
        try (Connection setup = DriverManager.getConnection(url, database.username(), "")) {
            setup.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id BIGSERIAL PRIMARY KEY,"
                    + " stream TEXT NOT NULL, sequence BIGINT NOT NULL, data TEXT NOT NULL)");
        }
        String data = "x".repeat(rowSize);
        List<Connection> connections = new ArrayList<>();
        try {
            for (int client = 0; client < clients; client++) {
                connections.add(DriverManager.getConnection(url, database.username(), ""));
            }
            return ClosedLoop.run(clients, step, (client, iteration) -> {
                try (PreparedStatement insert = connections.get(client).prepareStatement(
                        "INSERT INTO bench_ceiling (stream, sequence, data) VALUES (?, ?, ?)")) {
                    insert.setString(1, "client-" + client);
                    insert.setLong(2, iteration);
                    insert.setString(3, data);
                    return insert.executeUpdate() == 1;
                }
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static int rowSize(EmbeddedPostgresServer database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("shouhu"), database.username(), "");
             var rows = connection.createStatement().executeQuery("SELECT avg(length(payload) + length(meta_data))"
                     + " FROM domain_event_entry WHERE payload_type = 'org.shouhu.events.visits.VisitRecorded'")) {
            rows.next();
            return (int) rows.getDouble(1);
        }
    }

    private void awaitCaughtUp(Api bureau) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode projections = bureau.get("/api/v1/admin/projections").json();
            boolean caughtUp = projections.size() > 0;
            for (JsonNode projection : projections) {
                caughtUp &= projection.get("lag").asLong() == 0 && !projection.get("replaying").asBoolean()
                        && projection.get("position").asLong() >= 0;
            }
            if (caughtUp) {
                return;
            }
            AppProcess.sleep(POLL);
        }
        throw new IllegalStateException("the read models did not catch up in " + READY_TIMEOUT);
    }

    private static String encode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (char c : path.toCharArray()) {
            encoded.append(c < 128 ? String.valueOf(c)
                    : java.net.URLEncoder.encode(String.valueOf(c), java.nio.charset.StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }
}
