package org.shouhu.ops.security;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint for every role, in and out of scope: the status each gets, and that a refusal
 * carries nothing of the child (its name, its village, its guardian).
 */
class RoleMatrixTest extends ApplicationTest {

    /** Accounts of the test profile: the director and supervisor of the child's village and township, others elsewhere. */
    private static final List<String> ACCOUNTS = List.of("anonymous", "director", "director-hongxing", "supervisor",
            "supervisor-lanjiang", "bureau", "inspector", "dashboard");

    private record Call(String name, String method, String path, Object body, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> statuses(int anonymous, int director, int directorElsewhere, int supervisor,
                                                 int supervisorElsewhere, int bureau, int inspector, int dashboard) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int[] values = {anonymous, director, directorElsewhere, supervisor, supervisorElsewhere, bureau, inspector,
                dashboard};
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            expected.put(ACCOUNTS.get(i), values[i]);
        }
        return expected;
    }

    @TestFactory
    List<DynamicTest> every_endpoint_for_every_role() {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply registered = api.post("/api/v1/children", Children.registration());
        String childId = registered.json().get("childId").asText();
        String child = "/api/v1/children/" + childId;
        String wait = "minPosition=" + registered.position();

        List<Call> calls = List.of(
                new Call("roster", "GET", "/api/v1/roster?" + wait, null, statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("roster count", "GET", "/api/v1/roster/count", null, statuses(401, 200, 200, 200, 200, 200, 200, 403)),
                new Call("child file", "GET", child + "?" + wait, null, statuses(401, 200, 404, 200, 404, 200, 200, 403)),
                new Call("as-of view", "GET", child + "?asOf=" + today + "&" + wait, null,
                        statuses(401, 200, 404, 200, 404, 200, 200, 403)),
                new Call("history", "GET", child + "/history?" + wait, null, statuses(401, 200, 404, 200, 404, 200, 200, 403)),
                new Call("register", "POST", "/api/v1/children", null, statuses(401, 201, 403, 201, 403, 201, 403, 403)),
                new Call("risk", "POST", child + "/risk", Map.of("level", "MEDIUM"),
                        statuses(401, 200, 404, 200, 404, 200, 403, 403)),
                new Call("visit", "POST", child + "/visits", Map.of("occurredOn", today, "kind", "HOME",
                        "childSeen", true, "findings", "well"), statuses(401, 201, 404, 201, 404, 201, 403, 403)),
                new Call("concern", "POST", child + "/concerns", Map.of("occurredOn", today, "source", "SCHOOL",
                        "description", "absent"), statuses(401, 201, 404, 201, 404, 201, 403, 403)),
                new Call("projections", "GET", "/api/v1/admin/projections", null,
                        statuses(401, 403, 403, 403, 403, 200, 403, 403)),
                new Call("access log", "GET", "/api/v1/audit/access?limit=1", null,
                        statuses(401, 403, 403, 403, 403, 200, 200, 403)),
                new Call("accounts", "GET", "/api/v1/accounts", null, statuses(401, 403, 403, 403, 403, 200, 403, 403)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            for (String account : ACCOUNTS) {
                tests.add(DynamicTest.dynamicTest(call.name() + " as " + account, () -> {
                    Api as = account.equals("anonymous") ? api.anonymous() : api.as(account);
                    Object body = call.body() == null && call.method().equals("POST") ? Children.registration() : call.body();
                    Api.Reply reply = call.method().equals("GET") ? as.get(call.path()) : as.post(call.path(), body);
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(call.expected().get(account));
                    if (reply.status() >= 400) {
                        assertThat(reply.body()).doesNotContain("王小明", "青龙村", "王大爷", "13800001111");
                    } else if (account.endsWith("-hongxing") || account.endsWith("-lanjiang")) {
                        assertThat(reply.body()).as("nothing of a child outside the area").doesNotContain(childId);
                    }
                }));
            }
        }
        return tests;
    }
}
