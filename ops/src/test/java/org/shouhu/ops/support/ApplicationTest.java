package org.shouhu.ops.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.shouhu.ops.ShouhuApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application on a real HTTP port and its own embedded PostgreSQL. Every test
 * class extending this shares one application (Spring caches the context), so each test
 * creates the children it needs and never assumes an empty store.
 */
// metrics are exported as in production (Spring Boot's tests switch the export off by default)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = ShouhuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, "director");
    }

    /** Every read of a child's identifiable data that the test made is in the access log, with account and child. */
    @AfterEach
    void everyIdentifiableReadIsInTheAccessLog() {
        for (IdentifiableReads.Read read : IdentifiableReads.drain(api.application())) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.access_log WHERE child_id = ?::uuid "
                            + "AND (?::text IS NULL OR account = ?)", Long.class, read.childId(), read.account(),
                    read.account()))
                    .as("access log entry for " + read).isPositive();
        }
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    protected long eventCount(String childId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, childId);
    }

    protected String register(java.util.Map<String, Object> body) {
        Api.Reply reply = api.post("/api/v1/children", body);
        if (reply.status() != 201) {
            throw new AssertionError("registration refused: " + reply);
        }
        return reply.json().get("childId").asText();
    }
}
