package org.shouhu.ops.support;

import java.util.Map;

/** Workers the tests assign children to, registered by the bureau once per application. */
public final class Workers {

    /** The child director of 石洞镇/青龙村, the village of {@link Children#registration()}. */
    public static final String QINGLONG_DIRECTOR = "director-qinglong";

    private Workers() {
    }

    /** Registers the worker unless the application already has it. */
    public static String ensure(Api api, String workerId, String role, String area) {
        Api.Reply reply = api.as("bureau").post("/api/v1/workers", Map.of("workerId", workerId, "name", "王老师",
                "role", role, "area", area, "phone", "13600001234"));
        if (reply.status() != 201 && reply.status() != 409) {
            throw new AssertionError("worker not registered: " + reply);
        }
        return workerId;
    }

    public static String qinglongDirector(Api api) {
        return ensure(api, QINGLONG_DIRECTOR, "CHILD_DIRECTOR", "石洞镇/青龙村");
    }
}
