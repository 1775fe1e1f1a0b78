package org.shouhu.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.query.scope.Reader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Records every read that hands out a child's identifiable data, before the data leaves: if
 * the entry cannot be written, the read fails rather than go unrecorded.
 */
@Component
public class AccessLog {

    public static final String PURPOSE_HEADER = "X-Purpose";
    private static final int PURPOSE_MAX = 200;
    private static final int QUERY_MAX = 1000;

    private final JdbcTemplate jdbc;

    public AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One child's file, history or as-of view was read. */
    public void childRead(UUID childId, String what) {
        record(List.of(childId), what);
    }

    /** A list (the roster) showed these children. */
    public void listed(Collection<UUID> childIds, String what) {
        record(childIds, what);
    }

    private void record(Collection<UUID> childIds, String what) {
        if (childIds.isEmpty()) {
            return;
        }
        Reader reader = Reader.current();
        HttpServletRequest request = currentRequest();
        String query = request == null ? null : truncate(request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), QUERY_MAX);
        String purpose = request == null ? null : truncate(request.getHeader(PURPOSE_HEADER), PURPOSE_MAX);
        String address = request == null ? null : request.getRemoteAddr();
        jdbc.batchUpdate("""
                        INSERT INTO audit.access_log (account, role, area, child_id, what, query, purpose, client_address)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                childIds.stream().map(childId -> new Object[]{reader.account(), reader.role(), reader.area().toString(), childId,
                        what, query, purpose, address}).toList());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
