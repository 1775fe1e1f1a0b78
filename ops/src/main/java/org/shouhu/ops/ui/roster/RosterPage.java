package org.shouhu.ops.ui.roster;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.ops.ui.Trees;
import org.shouhu.ops.ui.UiProperties;
import org.shouhu.query.roster.RosterEndpoint;
import org.shouhu.query.roster.RosterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger as a page: the roster's filters, one page of children at a time (overdue visits
 * and reviews marked), and the export of what the filters select.
 */
@Controller
public class RosterPage {

    private final RosterEndpoint roster;
    private final Trees trees;
    private final UiProperties properties;

    public RosterPage(RosterEndpoint roster, Trees trees, UiProperties properties) {
        this.roster = roster;
        this.trees = trees;
        this.properties = properties;
    }

    @GetMapping("/ui/roster")
    public String roster(RosterFilter.Parameters filters, @RequestParam(required = false) String cursor,
                         @RequestParam(required = false) Long minPosition, Model model) {
        RosterEndpoint.RosterPage page = roster.roster(filters, properties.pageSize(), cursor, minPosition);
        model.addAttribute("filters", filters);
        model.addAttribute("filterQuery", query(filters));
        model.addAttribute("page", trees.map(page));
        model.addAttribute("count", roster.count(filters, null).count());
        model.addAttribute("categories", Arrays.stream(ChildCategory.values()).map(Enum::name).toList());
        model.addAttribute("risks", Arrays.stream(RiskLevel.values()).map(Enum::name).toList());
        model.addAttribute("firstPage", cursor != null);
        return "ui/roster";
    }

    /** The filters as a query string, for the export links and the pager to keep them. */
    private static String query(RosterFilter.Parameters filters) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("township", filters.township());
        given.put("village", filters.village());
        given.put("category", filters.category());
        given.put("risk", filters.risk());
        given.put("status", filters.status());
        given.put("overdue", filters.overdue());
        given.put("worker", filters.worker());
        given.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.queryParam(name, value);
            }
        });
        String text = query.encode().build().getQuery();
        return text == null ? "" : text;
    }
}
