package org.shouhu.events.accounts;

import org.shouhu.events.common.Area;

/** The roles of DESIGN.md, each with the kind of area it answers for. */
public enum AccountRole {
    DIRECTOR,
    SUPERVISOR,
    BUREAU,
    INSPECTOR,
    DASHBOARD;

    /** A director answers for one village, a supervisor for one township, the others for the district. */
    public boolean fits(Area area) {
        return switch (this) {
            case DIRECTOR -> area.isVillage();
            case SUPERVISOR -> !area.isDistrict() && !area.isVillage();
            default -> area.isDistrict();
        };
    }

    /** What {@link #fits} asks for, in words for an error message. */
    public String areaKind() {
        return switch (this) {
            case DIRECTOR -> "a village area (township/village)";
            case SUPERVISOR -> "a township area";
            default -> "no area (the whole district)";
        };
    }
}
