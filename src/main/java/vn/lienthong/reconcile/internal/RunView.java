package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Reason;

/** A run as the REST API shows it: its row, live counters while it goes, progress, summary and timings. */
@Component
public class RunView {

    private final ObjectMapper json;

    RunView(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, Object> of(Map<String, Object> row, RunProgress live) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        for (String at : new String[] {"period_from", "period_to", "started_at", "finished_at"}) {
            view.put(at, RunStore.at(row.get(at)));
        }
        if (live != null) {
            view.put("compared", live.compared());
            for (FindingKind kind : FindingKind.values()) {
                view.put(kind.wireName(), live.count(kind));
            }
            view.put("repaired", live.repaired());
        }
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("compared", view.get("compared"));
        progress.put("percent", live != null ? live.percent() : "running".equals(row.get("status")) ? 0 : 100);
        progress.put("rate", live != null ? live.rate() : null);
        progress.put("elapsedSeconds", live != null ? live.elapsedMillis() / 1000.0 : null);
        view.put("progress", progress);
        view.put("timings", timings(row.get("timings")));
        view.put("error_args", Reason.argsOf((String) row.get("error_args")));
        Reason summary = RunSummary.of(row, live);
        view.put("summary", summary.text());
        view.put("summaryCode", summary.code());
        view.put("summaryArgs", summary.args());
        view.put("findings", "/api/reconciliations/" + row.get("id") + "/findings");
        return view;
    }

    /** Milliseconds per part of the run, stored as a JSON object. */
    private Object timings(Object stored) {
        try {
            return stored == null ? null : json.readTree(stored.toString());
        } catch (Exception e) {
            return stored;
        }
    }
}
