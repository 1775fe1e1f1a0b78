package org.shouhu.query.reports;

import org.shouhu.events.common.Area;

/** The reader's area as SQL over a {@code read_model.child_file} row aliased {@code c}: a report holds only its children. */
final class ReportScope {

    private ReportScope() {
    }

    static String children(Area area) {
        return (area.isDistrict() ? "" : " AND c.township = :scopeTownship")
                + (area.isVillage() ? " AND c.village = :scopeVillage" : "");
    }
}
