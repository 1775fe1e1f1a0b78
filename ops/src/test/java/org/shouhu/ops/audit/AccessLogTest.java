package org.shouhu.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.springframework.dao.DataAccessException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every look at a child's identifiable record is itself on record, and that record cannot be changed. */
class AccessLogTest extends ApplicationTest {

    private List<String> whatWasLogged(String childId, String account) {
        return jdbc.queryForList("SELECT what FROM audit.access_log WHERE child_id = ?::uuid AND account = ? ORDER BY id",
                String.class, childId, account);
    }

    @Test
    void reads_of_a_childs_file_history_as_of_view_and_roster_row_are_logged() {
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        long position = registered.position();
        Api supervisor = api.as("supervisor").withHeader("X-Purpose", "case review");
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

        supervisor.get("/api/v1/children/" + childId + "?minPosition=" + position);
        supervisor.get("/api/v1/children/" + childId + "/history?minPosition=" + position);
        supervisor.get("/api/v1/children/" + childId + "?asOf=" + today);
        supervisor.get("/api/v1/roster?village=%E9%9D%92%E9%BE%99%E6%9D%91&limit=500&minPosition=" + position);

        assertThat(whatWasLogged(childId, "supervisor"))
                .containsExactly("child-file", "history", "child-file-as-of", "roster");
        assertThat(jdbc.queryForList("SELECT DISTINCT purpose FROM audit.access_log WHERE child_id = ?::uuid"
                + " AND account = 'supervisor'", String.class, childId)).containsExactly("case review");
        assertThat(jdbc.queryForList("SELECT DISTINCT role || ' ' || area FROM audit.access_log WHERE child_id = ?::uuid"
                + " AND account = 'supervisor'", String.class, childId)).containsExactly("SUPERVISOR 石洞镇");
    }

    @Test
    void a_refused_read_hands_out_nothing_and_logs_nothing() {
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        api.as("director-hongxing").get("/api/v1/children/" + childId + "?minPosition=" + registered.position());
        assertThat(whatWasLogged(childId, "director-hongxing")).isEmpty();
    }

    @Test
    void the_access_log_is_append_only_for_the_applications_own_database_account() {
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        api.get("/api/v1/children/" + childId + "/history?minPosition=" + registered.position());
        assertThat(whatWasLogged(childId, "director")).containsExactly("history");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit.access_log SET account = 'nobody'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit.access_log"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit.access_log"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void inspectors_and_the_bureau_query_the_log_others_may_not() {
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        api.get("/api/v1/children/" + childId + "?minPosition=" + registered.position());

        JsonNode entries = api.as("inspector").get("/api/v1/audit/access?childId=" + childId + "&account=director").json();
        assertThat(entries.get("items")).hasSize(1);
        JsonNode entry = entries.get("items").get(0);
        assertThat(entry.get("account").asText()).isEqualTo("director");
        assertThat(entry.get("childId").asText()).isEqualTo(childId);
        assertThat(entry.get("what").asText()).isEqualTo("child-file");
        assertThat(entry.get("accessedAt").asText()).isNotBlank();
        assertThat(api.as("bureau").get("/api/v1/audit/access?account=director&limit=1").json().get("items")).hasSize(1);
        assertThat(api.as("bureau").get("/api/v1/audit/access?from=yesterday").status()).isEqualTo(400);
        for (String user : new String[]{"director", "supervisor", "dashboard"}) {
            assertThat(api.as(user).get("/api/v1/audit/access").status()).as(user).isEqualTo(403);
        }
    }
}
