package org.shouhu.query.scope;

import org.shouhu.events.common.Area;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.UUID;

/**
 * Whether the reader may see a child: by where the child lives now. A child outside the
 * reader's area answers exactly like a child that does not exist, so a read reveals nothing
 * about other areas.
 */
@Component
public class ChildVisibility {

    private final JdbcTemplate jdbc;

    public ChildVisibility(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where the child lives is read from the roster's read model: a read that passes
     * {@code minPosition} must have waited for the roster first.
     *
     * @throws ResponseStatusException 404 when the child is unknown or outside the reader's area
     */
    public void requireVisible(UUID childId) {
        Area area = Reader.current().area();
        if (area.isDistrict()) {
            return;
        }
        List<Boolean> covered = jdbc.query("SELECT township, village FROM read_model.child_file WHERE child_id = ?",
                (rs, i) -> area.covers(rs.getString(1), rs.getString(2)), childId);
        if (covered.isEmpty() || !covered.get(0)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child with this id");
        }
    }
}
