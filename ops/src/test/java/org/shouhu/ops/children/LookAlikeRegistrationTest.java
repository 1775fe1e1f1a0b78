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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 王小明 born 2014-03-09 registered where 王晓明 born 2014-03-09 is on record: the answer names
 * 王晓明 and records nothing; only a confirmed registration records. A merge of the two records
 * keeps both histories and leaves one child on the roster.
 */
class LookAlikeRegistrationTest extends ApplicationTest {

    private static final LocalDate BORN = LocalDate.of(2014, 3, 9);

    @Test
    void a_look_alike_registers_only_on_confirmation_and_a_merge_keeps_both_histories() {
        Api bureau = api.as("bureau");
        String township = "同音镇" + System.nanoTime() % 100000;
        Map<String, Object> xiaoming = body(township, "王晓明");
        xiaoming.put("confirmNotDuplicate", true);
        Api.Reply first = bureau.post("/api/v1/children", xiaoming);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String existing = first.json().get("childId").asText();

        // look-alikes are found in the roster's read model, which follows the store within moments
        assertThat(roster(bureau, township, first.position())).isEqualTo(1);
        Map<String, Object> homophone = body(township, "王小明");
        long events = eventCount();
        Api.Reply refused = bureau.post("/api/v1/children", homophone);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:shouhu:problem:possible-duplicate");
        assertThat(problem.get("candidates")).hasSize(1);
        assertThat(problem.get("candidates").get(0).get("childId").asText()).isEqualTo(existing);
        assertThat(problem.get("candidates").get(0).get("name").asText()).isEqualTo("王晓明");
        assertThat(problem.get("candidates").get(0).get("reasons").toString()).contains("name-alike");
        assertThat(eventCount()).as("nothing recorded without confirmation").isEqualTo(events);

        homophone.put("confirmNotDuplicate", true);
        Api.Reply confirmed = bureau.post("/api/v1/children", homophone);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        String second = confirmed.json().get("childId").asText();
        assertThat(roster(bureau, township, confirmed.position())).isEqualTo(2);

        Api.Reply merged = bureau.post("/api/v1/children/" + existing + "/merge", Map.of("mergedChildId", second,
                "reason", "the same boy: 王小明 is the spelling on his resident ID card"));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        long position = merged.position();
        assertThat(roster(bureau, township, position)).as("one child on the roster").isEqualTo(1);
        JsonNode survivor = bureau.get("/api/v1/children/" + existing + "?minPosition=" + position).json();
        assertThat(survivor.get("mergedRecords").get(0).asText()).isEqualTo(second);
        JsonNode mergedFile = bureau.get("/api/v1/children/" + second + "?minPosition=" + position).json();
        assertThat(mergedFile.get("status").asText()).isEqualTo("MERGED");
        assertThat(mergedFile.get("mergedInto").asText()).isEqualTo(existing);
        assertThat(types(bureau, existing, position)).contains("ChildRegistered", "ChildRecordMerged");
        assertThat(types(bureau, second, position)).as("the merged record's history stays whole")
                .contains("ChildRegistered", "ChildRecordClosedAsMerged");
        Api.Reply again = bureau.post("/api/v1/children/" + existing + "/merge", Map.of("mergedChildId", existing,
                "reason", "by mistake"));
        assertThat(again.status()).isEqualTo(422);
    }

    private static Map<String, Object> body(String township, String name) {
        Map<String, Object> body = new HashMap<>(Children.registration(BORN));
        body.remove("confirmNotDuplicate");
        body.put("name", name);
        body.put("township", township);
        body.put("village", "同音村");
        return body;
    }

    private static long roster(Api api, String township, long position) {
        return api.get("/api/v1/roster/count?township=" + URLEncoder.encode(township, StandardCharsets.UTF_8)
                + "&minPosition=" + position).json().get("count").asLong();
    }

    private static String types(Api api, String child, long position) {
        return api.get("/api/v1/children/" + child + "/history?limit=100&minPosition=" + position).json()
                .findValuesAsText("type").toString();
    }
}
