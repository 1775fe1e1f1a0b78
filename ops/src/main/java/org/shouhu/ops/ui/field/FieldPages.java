package org.shouhu.ops.ui.field;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.ops.ui.Reader;
import org.shouhu.ops.ui.child.ChildForms;
import org.shouhu.ops.ui.child.Form;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Offline capture: the page a director opens in the hills (kept by the service worker, so it
 * opens without signal) and the small answer it asks for before it sends what waited.
 * The page holds no child: it reads the children and the waiting entries from the browser's
 * sealed store, and fetches the children from {@code /api/v1/offline/children} when it can.
 */
@Controller
@EnableConfigurationProperties(OfflineProperties.class)
public class FieldPages {

    private final Clock clock;

    public FieldPages(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/ui/field")
    public String field(@ModelAttribute("reader") Reader reader, Model model) {
        String today = LocalDate.now(clock).toString();
        // the same fields as the child's forms online; the paths are filled in by the page per child
        model.addAttribute("forms", List.of(
                new Form("visit", "visits", false, ChildForms.visitFields(today)),
                new Form("concern", "concerns", false, ChildForms.concernFields(today)),
                new Form("progress", "interventions/{intervention}/progress", false, ChildForms.progressFields(today, true)),
                new Form("risk", "risk", false, ChildForms.riskFields())));
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("village", reader.area());
        return "ui/field";
    }

    /**
     * Who is signed in and the session's CSRF token: the page may have been opened from the
     * service worker's copy, whose token is stale, or after the session ended (then this answers
     * with the sign-in page, and the page asks the director to sign in again).
     */
    @GetMapping("/ui/field/session")
    @ResponseBody
    public ResponseEntity<Session> session(@ModelAttribute("reader") Reader reader, HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Session(reader.name(), token.getHeaderName(), token.getParameterName(), token.getToken()));
    }

    public record Session(String account, String csrfHeader, String csrfParameter, String csrfToken) {
    }
}
