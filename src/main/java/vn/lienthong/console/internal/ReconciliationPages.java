package vn.lienthong.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.payments.PaymentReconciliations;
import vn.lienthong.reconcile.RunViews;

/**
 * Dossier reconciliation runs (start one, follow its progress live, read its findings) and payment
 * reconciliation runs (reconcile a day, read what disagreed).
 */
@Controller
class ReconciliationPages {

    static final int FINDINGS_PAGE = 200;

    private final RunViews runs;
    private final PaymentReconciliations payments;
    private final Clock clock;

    ReconciliationPages(RunViews runs, PaymentReconciliations payments, Clock clock) {
        this.clock = clock;
        this.runs = runs;
        this.payments = payments;
    }

    @GetMapping("/console/reconciliations")
    String list(Model model) {
        model.addAttribute("runs", runs.recent(50));
        return "console/reconciliations";
    }

    @GetMapping("/console/reconciliations/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) String kind,
               @RequestParam(required = false) String after, Model model) {
        model.addAttribute("run", found(id));
        model.addAttribute("kind", kind == null || kind.isBlank() ? null : kind);
        model.addAttribute("kinds", RunViews.FINDING_KINDS);
        model.addAttribute("findings", runs.findings(id, kind == null || kind.isBlank() ? null : kind, after, FINDINGS_PAGE));
        model.addAttribute("pageSize", FINDINGS_PAGE);
        return "console/reconciliation";
    }

    /** The live part while the run goes; once it has ended, the whole page again (its findings are stored by then). */
    @GetMapping("/console/reconciliations/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        Map<String, Object> run = found(id);
        if (!"running".equals(run.get("status"))) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "console/reconciliation :: progress";
    }

    /** Reconciles the last {@code days} days (0 = today) of every unit, or of one. */
    @PostMapping("/console/reconciliations")
    String start(@RequestParam(defaultValue = "0") int days, @RequestParam(required = false) String unit,
                 @RequestParam(defaultValue = "false") boolean dryRun) {
        long id = runs.startLastDays(unit == null || unit.isBlank() ? null : unit.trim(), days, dryRun, "console");
        return "redirect:/console/reconciliations/" + id;
    }

    @GetMapping("/console/payments")
    String paymentRuns(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("runs", payments.runs(Math.max(page, 0), 50));
        model.addAttribute("yesterday", LocalDate.now(clock).minusDays(1));
        return "console/payments";
    }

    @GetMapping("/console/payments/{id}")
    String paymentRun(@PathVariable long id, @RequestParam(required = false) String kind,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        String wanted = kind == null || kind.isBlank() ? null : kind;
        model.addAttribute("run", payments.run(id).orElseThrow(() -> FailuresPages.notFound("payment reconciliation " + id)));
        model.addAttribute("kind", wanted);
        model.addAttribute("kinds", PaymentReconciliations.KINDS);
        model.addAttribute("findings", payments.findings(id, wanted, Math.max(page, 0), FINDINGS_PAGE));
        model.addAttribute("total", payments.findingCount(id, wanted));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", FINDINGS_PAGE);
        return "console/payment";
    }

    @PostMapping("/console/payments")
    String reconcileDay(@RequestParam LocalDate day) {
        return "redirect:/console/payments/" + payments.request(day, "operator");
    }

    private Map<String, Object> found(long id) {
        return runs.find(id).orElseThrow(() -> FailuresPages.notFound("reconciliation run " + id));
    }
}
