package vn.lienthong.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.audit.AuditVerifier;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.ops.PersonalNumbers;
import vn.lienthong.story.DossierEvents;

/** A dossier found by its code, told as a timeline with its open failures; and the audit log with its verification. */
@Controller
class StoryAndAuditPages {

    static final int AUDIT_PAGE = 50;

    private final DossierEvents events;
    private final FailureQueries failures;
    private final AuditTrail audit;
    private final AuditVerifier verifier;

    StoryAndAuditPages(DossierEvents events, FailureQueries failures, AuditTrail audit, AuditVerifier verifier) {
        this.events = events;
        this.failures = failures;
        this.audit = audit;
        this.verifier = verifier;
    }

    @GetMapping("/console/dossiers")
    String dossier(@RequestParam(required = false) String code, Model model, HttpServletRequest request) {
        String wanted = code == null ? "" : code.trim();
        model.addAttribute("code", wanted);
        if (!wanted.isEmpty()) {
            model.addAttribute("story", PersonalNumbers.visibleStory(events.story(wanted), request));
            model.addAttribute("failures", PersonalNumbers.visible(failures.forCode(wanted), request));
        }
        return "console/dossier";
    }

    @GetMapping("/console/audit")
    String audit(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
                 Model model) {
        int current = Math.max(page, 0);
        model.addAttribute("entries", audit.page(current, AUDIT_PAGE));
        model.addAttribute("total", audit.count());
        model.addAttribute("page", current);
        model.addAttribute("pageSize", AUDIT_PAGE);
        if (verify) {
            model.addAttribute("verification", verifier.verify(null));
        }
        return "console/audit";
    }
}
