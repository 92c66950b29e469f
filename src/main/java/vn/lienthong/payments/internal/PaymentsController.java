package vn.lienthong.payments.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.lienthong.payments.PaymentFinding;
import vn.lienthong.payments.reconciliation.Findings;
import vn.lienthong.payments.reconciliation.ReconciliationJob;
import vn.lienthong.payments.reconciliation.ReconciliationRuns;
import vn.lienthong.payments.reconciliation.Reconciliations;
import vn.lienthong.platform.Paged;

/** Reconciliation runs and their findings (JSON, or CSV), and the refused PayGov notifications kept. */
@RestController
@RequestMapping(path = "/api/payments", produces = MediaType.APPLICATION_JSON_VALUE)
class PaymentsController {

    private final Reconciliations reconciliations;
    private final ReconciliationRuns runs;
    private final Findings findings;
    private final RejectedNotifications rejected;

    PaymentsController(Reconciliations reconciliations, ReconciliationRuns runs, Findings findings,
            RejectedNotifications rejected) {
        this.reconciliations = reconciliations;
        this.runs = runs;
        this.findings = findings;
        this.rejected = rejected;
    }

    /** Reconciles a day now; answers the run, which goes on in the background (poll it by id). */
    @PostMapping("/reconciliations")
    ResponseEntity<Map<String, Object>> reconcile(@RequestParam String day) {
        ReconciliationJob job = reconciliations.request(LocalDate.parse(day), "operator");
        return ResponseEntity.accepted().body(run(job.id()));
    }

    @GetMapping("/reconciliations")
    Paged<Map<String, Object>> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return pageOf(runs.page(page, bounded(size)), page, size, runs.count());
    }

    @GetMapping("/reconciliations/{id}")
    Map<String, Object> run(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFound("no reconciliation " + id));
    }

    @GetMapping("/reconciliations/{id}/findings")
    Paged<PaymentFinding> findings(@PathVariable long id, @RequestParam(required = false) String kind,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        run(id);
        return pageOf(findings.page(id, kind, page, bounded(size)), page, size, findings.count(id, kind));
    }

    @GetMapping(path = "/reconciliations/{id}/findings", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> findingsAsCsv(@PathVariable long id, @RequestParam(required = false) String kind) {
        run(id);
        return findings.csv(id, kind);
    }

    @GetMapping(path = "/reconciliations/{id}/findings.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> findingsCsv(@PathVariable long id, @RequestParam(required = false) String kind) {
        return findingsAsCsv(id, kind);
    }

    @GetMapping("/notifications/rejected")
    Paged<Map<String, Object>> rejected(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return pageOf(rejected.page(page, bounded(size)), page, size, rejected.count());
    }

    @ExceptionHandler({DateTimeParseException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "bad_request", "message", e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "not_found", "message", e.getMessage()));
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(size, 1000));
    }

    private static <T> Paged<T> pageOf(List<T> items, int page, int size, long total) {
        return new Paged<>(items, page, bounded(size), total);
    }

    static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
