package vn.lienthong.reconcile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.lienthong.platform.VietnamTime;
import vn.lienthong.reconcile.RunViews;

/** Reconciliation runs over REST: start one, follow it, read its findings (JSON; CSV in {@link FindingsCsv}). */
@RestController
@RequestMapping("/api/reconciliations")
class ReconciliationController {

    private final RunStore runs;
    private final ReconciliationSettings settings;
    private final FindingsCsv csv;
    private final RunViews views;
    private final Clock clock;

    ReconciliationController(RunStore runs, ReconciliationSettings settings, FindingsCsv csv, RunViews views, Clock clock) {
        this.clock = clock;
        this.views = views;
        this.runs = runs;
        this.settings = settings;
        this.csv = csv;
    }

    /**
     * Body (all optional): unit ("all" or absent = every unit), from, to (ISO-8601, or a date = its 00:00 +07:00), or
     * days (from the start of the day that many days ago in Vietnam, to now), dryRun.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> start(@RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        OffsetDateTime now = OffsetDateTime.now(clock);
        String unit = text(b, "unit");
        RunRequest request = new RunRequest("all".equalsIgnoreCase(unit) ? null : unit,
                instant(b, "from", now.toLocalDate().minusDays(days(b)).atStartOfDay().atOffset(now.getOffset())),
                instant(b, "to", now), b.containsKey("dryRun") ? Boolean.TRUE.equals(b.get("dryRun")) : settings.dryRun(),
                "api");
        long id = views.start(request.unit(), request.from(), request.to(), request.dryRun(), request.trigger());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(run(id));
    }

    private static long days(Map<String, Object> body) {
        Object days = body.getOrDefault("days", 30);
        long n = days instanceof Number number ? number.longValue() : Long.parseLong(days.toString());
        if (n < 0) {
            throw new IllegalArgumentException("days must be 0 or more");
        }
        return n;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "50") int limit) {
        return Map.of("runs", views.recent(limit));
    }

    @GetMapping("/{id}")
    Map<String, Object> run(@PathVariable long id) {
        return views.find(id).orElseThrow(() -> new NoSuchRun(id));
    }

    @GetMapping("/{id}/findings.csv")
    ResponseEntity<StreamingResponseBody> findingsCsv(@PathVariable long id, @RequestParam(required = false) String kind) {
        runs.find(id).orElseThrow(() -> new NoSuchRun(id));
        return csv.of(id, kind == null ? null : FindingKind.of(kind).wireName());
    }

    /** JSON pages of findings in code order ({@code after} = the last code of the page before); CSV with Accept: text/csv. */
    @GetMapping("/{id}/findings")
    ResponseEntity<?> findings(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "1000") int limit,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        runs.find(id).orElseThrow(() -> new NoSuchRun(id));
        String wanted = kind == null ? null : FindingKind.of(kind).wireName();
        if (accept != null && accept.contains("text/csv")) {
            return csv.of(id, wanted);
        }
        int size = Math.min(Math.max(limit, 1), 5000);
        List<Map<String, Object>> page = views.findings(id, wanted, after, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", id);
        answer.put("findings", page);
        answer.put("next", page.size() < size ? null : page.get(page.size() - 1).get("code"));
        return ResponseEntity.ok(answer);
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        return value == null ? null : value.toString();
    }

    private static OffsetDateTime instant(Map<String, Object> body, String key, OffsetDateTime absent) {
        String value = text(body, key);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(VietnamTime.OFFSET) : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be ISO-8601 with an offset, or a date: " + value);
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", e.getMessage()));
    }

    @ExceptionHandler(NoSuchRun.class)
    ResponseEntity<Map<String, Object>> notFound(NoSuchRun e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found", "message", e.getMessage()));
    }

    static final class NoSuchRun extends RuntimeException {
        NoSuchRun(long id) {
            super("no reconciliation run " + id);
        }
    }
}
