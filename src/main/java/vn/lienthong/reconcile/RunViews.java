package vn.lienthong.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.reconcile.internal.FindingKind;
import vn.lienthong.reconcile.internal.FindingStore;
import vn.lienthong.reconcile.internal.ReconciliationService;
import vn.lienthong.reconcile.internal.RunRequest;
import vn.lienthong.reconcile.internal.RunStore;
import vn.lienthong.reconcile.internal.RunView;

/**
 * Runs as operators see them (REST API and console alike): the stored row, with live progress while a run goes.
 */
@Component
public class RunViews {

    /** What a run lists: every kind but agreement, which is only counted. */
    public static final List<String> FINDING_KINDS = java.util.Arrays.stream(FindingKind.values())
            .filter(kind -> kind != FindingKind.AGREEMENT).map(FindingKind::wireName).toList();

    private final ReconciliationService service;
    private final RunStore runs;
    private final FindingStore findings;
    private final RunView views;
    private final Clock clock;

    RunViews(ReconciliationService service, RunStore runs, FindingStore findings, RunView views, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.runs = runs;
        this.findings = findings;
        this.views = views;
    }

    /** A completed run: when it finished and what it found, by kind (drift only, agreement is not listed). */
    public record CompletedRun(long id, Instant finishedAt, boolean dryRun, Map<String, Long> findings) {
    }

    public Optional<CompletedRun> lastCompleted() {
        return runs.lastCompleted();
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

    /** Starts a run over the days since the start of the day {@code days} ago (0: today), as the schedules do. */
    public long startLastDays(String unit, int days, boolean dryRun, String trigger) {
        return service.start(RunRequest.lastDays(clock, unit, days, dryRun, trigger));
    }

    private Map<String, Object> view(Map<String, Object> row) {
        return views.of(row, service.progress(((Number) row.get("id")).longValue()));
    }
}
