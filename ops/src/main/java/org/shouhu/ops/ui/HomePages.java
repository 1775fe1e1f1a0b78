package org.shouhu.ops.ui;

import org.shouhu.events.accounts.AccountRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Signing in, and where each role starts. */
@Controller
public class HomePages {

    @GetMapping("/login")
    public String login() {
        return "ui/login";
    }

    /** Directors, supervisors and the bureau start at the roster; the dashboard role and inspectors at their pages. */
    @GetMapping({"/", "/ui"})
    public String home(@ModelAttribute("reader") Reader reader) {
        if (reader.role() == AccountRole.DASHBOARD) {
            return "redirect:/ui/dashboard";
        }
        if (reader.role() == AccountRole.INSPECTOR) {
            return "redirect:/ui/inspection/integrity";
        }
        return "redirect:/ui/roster";
    }

    @GetMapping("/ui/forbidden")
    public String forbidden(Model model) {
        model.addAttribute("status", 403);
        return "ui/error";
    }
}
