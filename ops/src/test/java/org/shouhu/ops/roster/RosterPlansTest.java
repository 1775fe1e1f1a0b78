package org.shouhu.ops.roster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.query.roster.RosterFilter;
import org.shouhu.query.roster.RosterQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At province scale (a million children in 1,000 townships) every roster filter is answered
 * through an index, never by reading the whole roster: the roster's own page queries, as
 * {@link RosterQueries} sends them, are explained by PostgreSQL against a copy of the roster
 * table (same columns, same indexes) filled with a million rows and analysed.
 */
class RosterPlansTest extends ApplicationTest {

    private static final int CHILDREN = 1_000_000;

    @Autowired
    RosterQueries queries;

    @Autowired
    NamedParameterJdbcTemplate named;

    @AfterEach
    void dropTheCopy() {
        SecurityContextHolder.clearContext();
        jdbc.execute("DROP SCHEMA IF EXISTS plans CASCADE");
    }

    @Test
    void every_roster_filter_uses_an_index_at_province_scale() {
        jdbc.execute("CREATE SCHEMA plans");
        jdbc.execute("CREATE TABLE plans.child_file (LIKE read_model.child_file INCLUDING ALL)");
        jdbc.update("""
                INSERT INTO plans.child_file (child_id, version, name, township, village, primary_category, risk_level,
                    status, responsible_worker, guardian_relation, last_visit_on, registered_on, open_interventions,
                    erased, active_flags, file)
                SELECT gen_random_uuid(), 1, '儿童' || i, '第' || (i % 1000) || '镇', '第' || (i / 1000 % 10) || '村',
                    (ARRAY['LEFT_BEHIND','DE_FACTO_UNSUPPORTED','ORPHAN','DISABLED','EXTREME_POVERTY',
                           'RURAL_SUBSISTENCE','URBAN_SUBSISTENCE'])[i % 7 + 1],
                    (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[i % 4 + 1],
                    CASE WHEN i % 20 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
                    'director-' || (i % 1000) || '-' || (i / 1000 % 10), 'PATERNAL_GRANDPARENT',
                    current_date - (i % 200), current_date - 400, 0, false, 0, '{}'::jsonb
                  FROM generate_series(1, ?) AS i""", CHILDREN);
        jdbc.execute("ANALYZE plans.child_file");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bureau", null,
                List.of(new SimpleGrantedAuthority("ROLE_BUREAU"))));

        Map<String, RosterFilter.Parameters> filters = new LinkedHashMap<>();
        filters.put("none", new RosterFilter.Parameters(null, null, null, null, null, null, null));
        filters.put("township", new RosterFilter.Parameters("第17镇", null, null, null, null, null, null));
        filters.put("village", new RosterFilter.Parameters("第17镇", "第3村", null, null, null, null, null));
        filters.put("category", new RosterFilter.Parameters(null, null, "ORPHAN", null, null, null, null));
        filters.put("risk", new RosterFilter.Parameters(null, null, null, "CRITICAL", null, null, null));
        filters.put("status", new RosterFilter.Parameters(null, null, null, null, "CLOSED", null, null));
        filters.put("overdue", new RosterFilter.Parameters(null, null, null, null, null, "true", null));
        filters.put("worker", new RosterFilter.Parameters(null, null, null, null, null, null, "director-17-3"));
        filters.put("township and risk", new RosterFilter.Parameters("第17镇", null, null, "HIGH", null, null, null));
        for (Map.Entry<String, RosterFilter.Parameters> filter : filters.entrySet()) {
            RosterQueries.Query query = queries.pageQuery(RosterFilter.of(filter.getValue()), null, 50);
            String sql = query.sql().replace("read_model.child_file", "plans.child_file");
            assertThat(sql).as("the query reads the copy").contains("plans.child_file").doesNotContain("read_model.");
            String plan = String.join("\n", named.queryForList("EXPLAIN " + sql, query.parameters(), String.class));
            assertThat(plan).as("plan of the roster filtered by " + filter.getKey() + ":\n" + plan)
                    .containsPattern("Index (Only )?Scan")
                    .doesNotContain("Seq Scan on child_file");
        }
    }
}
