package org.shouhu.command.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bodies writes answer with: the stream head, plus the id of what was created. */
public final class Answers {

    private Answers() {
    }

    public static Map<String, Object> head(WriteResult head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childId", head.childId());
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
