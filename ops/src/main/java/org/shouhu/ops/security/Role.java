package org.shouhu.ops.security;

import org.shouhu.events.common.Area;

/** The roles of DESIGN.md, each with the kind of area it answers for. */
public enum Role {
    DIRECTOR,
    SUPERVISOR,
    BUREAU,
    INSPECTOR,
    DASHBOARD;

    /** A director answers for one village, a supervisor for one township, the others for the district. */
    public Area checkedArea(String username, String area) {
        Area parsed = Area.parse(area);
        boolean fits = switch (this) {
            case DIRECTOR -> parsed.isVillage();
            case SUPERVISOR -> !parsed.isDistrict() && !parsed.isVillage();
            default -> parsed.isDistrict();
        };
        if (!fits) {
            throw new IllegalStateException("account " + username + ": a " + this + " needs "
                    + switch (this) {
                        case DIRECTOR -> "a village area (township/village)";
                        case SUPERVISOR -> "a township area";
                        default -> "no area (the whole district)";
                    });
        }
        return parsed;
    }
}
