package org.shouhu.query.workforce;

import org.shouhu.events.common.Area;
import org.shouhu.query.scope.AreaRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which rows with a township and a village (either may be null: a district- or township-wide
 * row) a reader of an area sees: those inside the area, and those of the areas that contain it
 * (a director sees her township's supervisor and the district's activities).
 */
final class AreaScope {

    private AreaScope() {
    }

    static String sql(Area area, String alias) {
        if (area.isDistrict()) {
            return "TRUE";
        }
        String township = alias + ".township";
        String village = alias + ".village";
        String inside = area.isVillage() ? township + " = :scopeTownship AND " + village + " = :scopeVillage"
                : township + " = :scopeTownship";
        return "(" + township + " IS NULL OR (" + township + " = :scopeTownship AND " + village + " IS NULL) OR ("
                + inside + "))";
    }

    static MapSqlParameterSource parameters(Area area) {
        return AreaRows.parameters(area);
    }
}
