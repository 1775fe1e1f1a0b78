package org.shouhu.query.scope;

import org.shouhu.events.common.Area;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.roster.RosterProjection;
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
    private final ProjectionPositions positions;

    public ChildVisibility(JdbcTemplate jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    /**
     * @param minPosition as the read was given it: where the child lives is known from the roster's
     *                    read model, which must have caught up as far as the read asks
     * @throws ResponseStatusException 404 when the child is unknown or outside the reader's area
     */
    public void requireVisible(UUID childId, Long minPosition) {
        Area area = ReaderArea.current();
        if (area.isDistrict()) {
            return;
        }
        positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        List<Boolean> covered = jdbc.query("SELECT township, village FROM read_model.child_file WHERE child_id = ?",
                (rs, i) -> area.covers(rs.getString(1), rs.getString(2)), childId);
        if (covered.isEmpty() || !covered.get(0)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child with this id");
        }
    }
}
