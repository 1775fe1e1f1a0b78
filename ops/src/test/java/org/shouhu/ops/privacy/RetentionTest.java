package org.shouhu.ops.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.ops.privacy.ChildWithPersonalData.expect;

/**
 * The retention list: closed cases whose period (10 years after closure and 5 after coming of
 * age, by default) has ended, for the bureau only, without personal data.
 */
class RetentionTest extends ApplicationTest {

    /** The global position of the last write, which the list is asked to have read. */
    private long position;

    @Test
    void a_case_closed_long_ago_of_a_child_long_of_age_is_due_and_a_recent_one_is_not() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String longAgo = closed(Children.registration(LocalDate.of(2000, 3, 4)), LocalDate.of(2005, 6, 1));
        String recent = closed(Children.registration(), today);
        String open = register(Children.registration(LocalDate.of(2000, 3, 4)));
        Api bureau = api.as("bureau");

        List<JsonNode> due = due(bureau, "");
        assertThat(due).anySatisfy(item -> {
            assertThat(item.get("childId").asText()).isEqualTo(longAgo);
            assertThat(item.get("closedOn").asText()).isEqualTo("2005-06-01");
            assertThat(item.get("dueOn").asText()).as("the later of closure + 10 and 18th birthday + 5")
                    .isEqualTo("2023-03-04");
            assertThat(item.has("name")).isFalse();
        });
        assertThat(due).noneMatch(item -> item.get("childId").asText().equals(recent));
        assertThat(due).noneMatch(item -> item.get("childId").asText().equals(open));
        assertThat(due(bureau, "on=2023-03-03&")).as("not due the day before")
                .noneMatch(item -> item.get("childId").asText().equals(longAgo));

        position = expect(bureau.post("/api/v1/children/" + longAgo + "/erasure", Map.of("reason", "retention ended")),
                200).position();
        assertThat(due(bureau, "")).as("an erased case is no longer due")
                .noneMatch(item -> item.get("childId").asText().equals(longAgo));
        assertThat(api.get("/api/v1/retention/due").status()).isEqualTo(403);
        assertThat(api.as("inspector").get("/api/v1/retention/due").status()).isEqualTo(403);
    }

    private String closed(Map<String, Object> registration, LocalDate closedOn) {
        String childId = register(registration);
        position = expect(api.as("supervisor").post("/api/v1/children/" + childId + "/closure", Map.of("effectiveOn",
                closedOn.toString(), "reason", "came of age")), 200).position();
        return childId;
    }

    private List<JsonNode> due(Api bureau, String query) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = expect(bureau.get("/api/v1/retention/due?" + query + "limit=500&minPosition=" + position
                    + (cursor == null ? "" : "&cursor=" + cursor)), 200).json();
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }
}
