package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The possible-duplicates report pairs look-alike records, by sound of name or by guardian, and no others. */
class PossibleDuplicatesTest extends ApplicationTest {

    @Test
    void records_that_may_be_one_child_are_paired_with_why() {
        String township = "重名镇" + System.nanoTime() % 100000;
        LocalDate born = LocalDate.of(2013, 7, 21);
        Api bureau = api.as("bureau");
        String xiaoming = child(bureau, township, "王晓明", "MALE", born, "王大爷");
        String homophone = child(bureau, township, "王小明", "MALE", born, "李奶奶");
        String sameGuardian = child(bureau, township, "赵强", "MALE", born.plusDays(2), "王大爷");
        child(bureau, township, "王小明", "FEMALE", born, "张奶奶");
        child(bureau, township, "王小明", "MALE", born.plusDays(10), "孙爷爷");
        child(bureau, township, "陈浩然", "MALE", born, "周奶奶");

        JsonNode report = bureau.get("/api/v1/reports/possible-duplicates?township="
                + URLEncoder.encode(township, StandardCharsets.UTF_8) + "&minPosition=" + head()).json();

        assertThat(report.get("pairsFound").asInt()).isEqualTo(2);
        JsonNode best = report.get("pairs").get(0);
        assertThat(List.of(best.get("first").get("childId").asText(), best.get("second").get("childId").asText()))
                .containsExactlyInAnyOrder(xiaoming, homophone);
        assertThat(best.get("score").decimalValue()).isEqualByComparingTo("0.967");
        assertThat(best.get("reasons").toString()).contains("name-alike", "birth-date-same");
        JsonNode byGuardian = report.get("pairs").get(1);
        assertThat(List.of(byGuardian.get("first").get("childId").asText(),
                byGuardian.get("second").get("childId").asText())).containsExactlyInAnyOrder(xiaoming, sameGuardian);
        assertThat(byGuardian.get("reasons").toString()).contains("same-guardian-same-village", "birth-date-near");
        assertThat(report.toString()).as("the guardians are compared, not shown").doesNotContain("王大爷");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.access_log WHERE what = 'possible-duplicates'"
                + " AND child_id = ?::uuid", Long.class, homophone)).isEqualTo(1);
    }

    private static String child(Api bureau, String township, String name, String sex, LocalDate born,
                                String guardian) {
        Map<String, Object> body = new HashMap<>(Children.registration(born));
        body.put("township", township);
        body.put("village", "同名村");
        body.put("name", name);
        body.put("sex", sex);
        body.put("guardian", Map.of("guardianName", guardian, "relation", "PATERNAL_GRANDPARENT",
                "effectiveOn", born.toString()));
        Api.Reply reply = bureau.post("/api/v1/children", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("childId").asText();
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }
}
