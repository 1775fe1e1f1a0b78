package org.shouhu.ops.ui.child;

import org.shouhu.ops.ui.Reader;
import org.shouhu.ops.ui.Trees;
import org.shouhu.query.history.HistoryEndpoint;
import org.shouhu.query.paging.Cursors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.shouhu.query.childfile.ChildFileEndpoint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A child's page: the file as it stands (or as it was known on a day), and the whole story
 * of events under it, newest first, with who recorded what and when, and corrections marked.
 * Both come from the API's own reads, so the page is scoped and access-logged like them.
 */
@Controller
public class ChildPage {

    private final ChildFileEndpoint files;
    private final HistoryEndpoint history;
    private final Trees trees;
    private final Clock clock;

    public ChildPage(ChildFileEndpoint files, HistoryEndpoint history, Trees trees, Clock clock) {
        this.files = files;
        this.history = history;
        this.trees = trees;
        this.clock = clock;
    }

    @GetMapping("/ui/children/{childId}")
    public String child(@PathVariable UUID childId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String cursor, @RequestParam(required = false) Long minPosition,
                        @ModelAttribute("reader") Reader reader, Model model) {
        Map<String, Object> file = trees.map(files.file(childId, blankToNull(asOf), minPosition).getBody());
        // the API's largest page: a child's story rarely has more events; a link leads on when it has
        HistoryEndpoint.History story = history.history(childId, Cursors.MAX_LIMIT, cursor, minPosition);
        // the file's answer names the day it was read for, already checked by the API
        LocalDate knownBy = file.get("asOf") == null ? null : LocalDate.parse((String) file.get("asOf"));
        List<TimelineEntry> timeline = new ArrayList<>(story.items().stream()
                .filter(entry -> knownBy == null
                        || !entry.recordedAt().atZone(clock.getZone()).toLocalDate().isAfter(knownBy))
                .map(entry -> TimelineEntry.of(entry, clock.getZone()))
                .toList());
        Collections.reverse(timeline); // newest first: what changed last is what a reader looks for
        model.addAttribute("file", file);
        model.addAttribute("childId", childId);
        model.addAttribute("asOf", knownBy);
        model.addAttribute("timeline", timeline);
        model.addAttribute("moreEvents", story.nextCursor());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canRecord", reader.records() && knownBy == null && !Boolean.TRUE.equals(file.get("erased")));
        return "ui/child";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
