package org.shouhu.ops.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every answer to a test that handed out a child's identifiable data (a file, an as-of view, a
 * history, a roster row), by application, so that {@link ApplicationTest} can find each one
 * in the access log after the test.
 */
public final class IdentifiableReads {

    /** A read by an account (null for a bearer token, whose account the test client does not know). */
    public record Read(String account, String childId, String request) {
    }

    private static final Pattern CHILD = Pattern.compile("/api/v1/children/([0-9a-f-]{36})(/history|/timeline)?");
    private static final Map<String, Queue<Read>> BY_APPLICATION = new ConcurrentHashMap<>();

    private IdentifiableReads() {
    }

    static void record(String application, String account, String path, Api.Reply reply) {
        if (reply.status() != 200) {
            return;
        }
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Queue<Read> reads = BY_APPLICATION.computeIfAbsent(application, key -> new ConcurrentLinkedQueue<>());
        Matcher child = CHILD.matcher(route);
        if (child.matches()) {
            reads.add(new Read(account, child.group(1), path));
        } else if (route.equals("/api/v1/roster")) {
            for (JsonNode item : reply.json().get("items")) {
                reads.add(new Read(account, item.get("childId").asText(), path));
            }
        }
    }

    public static List<Read> drain(String application) {
        Queue<Read> reads = BY_APPLICATION.getOrDefault(application, new ConcurrentLinkedQueue<>());
        List<Read> drained = new ArrayList<>();
        for (Read read = reads.poll(); read != null; read = reads.poll()) {
            drained.add(read);
        }
        return drained;
    }
}
