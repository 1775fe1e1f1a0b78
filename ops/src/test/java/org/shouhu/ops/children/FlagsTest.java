package org.shouhu.ops.children;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Flags show on the roster and the child's page until removed with a reason; growth entries join the history. */
class FlagsTest extends ApplicationTest {

    @Test
    void a_flag_shows_on_roster_and_file_until_removed_with_a_reason() {
        String childId = register(Children.registration());
        String child = "/api/v1/children/" + childId;
        Api.Reply flagged = api.post(child + "/flags", Map.of("message", "do not contact the father"));
        assertThat(flagged.status()).isEqualTo(201);
        String flag = child + "/flags/" + flagged.json().get("flagId").asText();

        JsonNode file = api.get(child + "?minPosition=" + flagged.position()).json();
        assertThat(file.get("flags").get(0).get("message").asText()).isEqualTo("do not contact the father");
        assertThat(rosterFlags(childId, flagged.position())).isEqualTo(1);

        assertThat(api.post(flag + "/removal", Map.of()).json().get("errors").get(0).get("field").asText())
                .isEqualTo("reason");
        Api.Reply removed = api.post(flag + "/removal", Map.of("reason", "court order lifted"));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(rosterFlags(childId, removed.position())).isZero();
        assertThat(api.post(flag + "/removal", Map.of("reason", "again")).status()).isEqualTo(422);

        Api.Reply growth = api.post(child + "/growth", Map.of("kind", "ACHIEVEMENT", "occurredOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "text", "won the drawing prize"));
        assertThat(growth.status()).isEqualTo(201);
        JsonNode history = api.get(child + "/history?minPosition=" + growth.position()).json().get("items");
        assertThat(history.findValuesAsText("type")).contains("ChildFlagged", "FlagRemoved", "GrowthRecorded");
        assertThat(history.get(history.size() - 1).get("actor").get("id").asText()).isEqualTo("director");
    }

    private int rosterFlags(String childId, long position) {
        for (JsonNode item : api.get("/api/v1/roster?village=青龙村&limit=500&minPosition=" + position).json().get("items")) {
            if (item.get("childId").asText().equals(childId)) {
                return item.get("flags").asInt();
            }
        }
        throw new AssertionError("the child is not on the roster");
    }
}
