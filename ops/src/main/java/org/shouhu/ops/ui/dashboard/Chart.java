package org.shouhu.ops.ui.dashboard;

import java.util.List;

/**
 * One chart of a dashboard and the table that says the same: its labels are already in the
 * reader's language, so the script that draws it and the table under it show the same words
 * and the same figures.
 *
 * @param id         the element's id, and the chart's name in the bundle ({@code chart.<id>})
 * @param kind       how it is drawn: {@code bar}, {@code stacked}, {@code line} or {@code pie}
 * @param categories the labels along the axis (or of the slices)
 * @param series     one row of figures per series, one figure per category
 */
public record Chart(String id, String title, String kind, List<String> categories, List<Series> series) {

    public record Series(String name, List<Number> values) {
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }
}
