package org.shouhu.command.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bodies writes answer with: the stream head, plus the id of what was created. */
public final class Answers {

    private Answers() {
    }

    public static Map<String, Object> head(WriteResult head) {
        return head("childId", head);
    }

    /** The answer to a write on an account: its name instead of a child's id. */
    public static Map<String, Object> account(WriteResult head) {
        return head("username", head);
    }

    /** The answer to a write on a worker: the worker's id instead of a child's. */
    public static Map<String, Object> worker(WriteResult head) {
        return head("workerId", head);
    }

    /** The answer to a write on any other stream: its id under the given name. */
    public static Map<String, Object> head(String streamField, WriteResult head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(streamField, head.aggregateId());
        body.put("version", head.version());
        body.put("position", head.position());
        return body;
    }

    public static Map<String, Object> created(String idField, Object id, WriteResult head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(idField, id.toString());
        body.putAll(head(head));
        return body;
    }
}
