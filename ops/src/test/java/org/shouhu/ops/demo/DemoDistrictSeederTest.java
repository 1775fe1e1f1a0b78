package org.shouhu.ops.demo;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.ShouhuApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode on the real application and a throw-away embedded PostgreSQL: a small district is
 * seeded at start through the aggregate's own commands, every event says who wrote it in which
 * run, and a second start into the filled store seeds nothing.
 */
@SpringBootTest(classes = ShouhuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "shouhu.demo.enabled=true",
        "shouhu.demo.children=40",
        "shouhu.embedded-db.data-dir=${java.io.tmpdir}/shouhu-demo-test-${random.uuid}",
        "shouhu.embedded-db.ephemeral=true"})
class DemoDistrictSeederTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDistrictSeeder seeder;

    @Test
    void a_start_into_an_empty_store_seeds_the_district_through_the_commands() {
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry "
                + "WHERE type = 'ChildCase'", Long.class)).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry "
                + "WHERE type = 'Worker'", Long.class)).as("a director per village, four workers per township")
                .isEqualTo(42 + 6 * 4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isGreaterThan(40 * 4);

        assertThat(jdbc.queryForList("SELECT DISTINCT meta_data::jsonb ->> 'actorId' FROM domain_event_entry",
                String.class)).containsExactly("demo-seeder");
        assertThat(jdbc.queryForList("SELECT DISTINCT meta_data::jsonb ->> 'actorRole' FROM domain_event_entry",
                String.class)).containsExactly("BUREAU");
        assertThat(jdbc.queryForList("SELECT DISTINCT meta_data::jsonb ->> 'correlationId' FROM domain_event_entry",
                String.class)).as("one correlation id for the whole run").hasSize(1).doesNotContainNull();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE '%.CaseClosed' AND meta_data::jsonb ->> 'reason' IS NULL""", Long.class))
                .as("closures carry their reason in the metadata").isZero();
    }

    @Test
    void a_store_that_holds_events_is_never_seeded_again() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        seeder.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }
}
