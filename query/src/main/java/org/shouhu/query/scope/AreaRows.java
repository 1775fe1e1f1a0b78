package org.shouhu.query.scope;

import org.shouhu.events.common.Area;
import org.shouhu.events.common.Township;
import org.shouhu.query.paging.InvalidParameter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The rows a reader of an area may see in a table whose rows each belong to one child's
 * township and village (the roster, approvals, concerns): a director her village, a supervisor
 * his township, the district everything.
 */
public final class AreaRows {

    private AreaRows() {
    }

    /** A condition to append to a WHERE clause ("" for the district), on the columns of {@code alias}. */
    public static String condition(Area area, String alias) {
        StringBuilder condition = new StringBuilder();
        if (!area.isDistrict()) {
            condition.append(" AND ").append(alias).append(".township = :scopeTownship");
        }
        if (area.isVillage()) {
            condition.append(" AND ").append(alias).append(".village = :scopeVillage");
        }
        return condition.toString();
    }

    /**
     * The reader's area, narrowed to one of its townships when a report asks for one; a
     * township outside the area is refused.
     */
    public static Area narrowed(Area area, String township) {
        if (township == null) {
            return area;
        }
        String asked = new Township(township).value();
        if (!area.isDistrict() && !asked.equals(area.township())) {
            throw new InvalidParameter("township", "scope", "township must be within your area");
        }
        return area.isVillage() ? area : new Area(asked, null);
    }

    /** The parameters {@link #condition} names. */
    public static MapSqlParameterSource parameters(Area area) {
        return new MapSqlParameterSource().addValue("scopeTownship", area.township())
                .addValue("scopeVillage", area.village());
    }
}
