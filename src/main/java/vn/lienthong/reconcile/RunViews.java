package vn.lienthong.reconcile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Runs as operators see them (REST API and console alike): the stored row, with live progress while a run goes.
 */
@Component
public class RunViews {

    private final ReconciliationService service;
    private final RunStore runs;
    private final FindingStore findings;
    private final RunView views;

    RunViews(ReconciliationService service, RunStore runs, FindingStore findings, RunView views) {
        this.service = service;
        this.runs = runs;
        this.findings = findings;
        this.views = views;
    }

    public List<Map<String, Object>> recent(int limit) {
        return runs.recent(Math.min(Math.max(limit, 1), 500)).stream().map(this::view).toList();
    }

    public Optional<Map<String, Object>> find(long id) {
        return runs.find(id).map(this::view);
    }

    /** Findings in code order, {@code after} the last code of the page before; kind null = every kind. */
    public List<Map<String, Object>> findings(long id, String kind, String after, int limit) {
        return findings.page(id, kind == null ? null : FindingKind.of(kind).wireName(), after, limit);
    }

    /** Starts a run in the background; unit null = every unit. */
    public long start(String unit, OffsetDateTime from, OffsetDateTime to, boolean dryRun, String trigger) {
        return service.start(new RunRequest(unit, from, to, dryRun, trigger));
    }

    private Map<String, Object> view(Map<String, Object> row) {
        return views.of(row, service.progress(((Number) row.get("id")).longValue()));
    }
}
