package vn.lienthong.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which failures: the filters of GET /api/failures, shared by the list and bulk replay. */
class FailureFilterOptions {

    @Option(names = "--system", description = "external system, e.g. dvcqg") String system;
    @Option(names = "--flow", description = "flow, e.g. dossier-sync") String flow;
    @Option(names = "--stage", description = "stage, e.g. validate, deliver") String stage;
    @Option(names = "--reason-class", description = "reason class, e.g. invalid-record, portal-rejected") String reasonClass;
    @Option(names = "--procedure", description = "procedure code") String procedureCode;
    @Option(names = "--unit", description = "receiving unit code") String unitCode;
    @Option(names = "--code", description = "one dossier's code") String code;
    @Option(names = "--from", description = "last failed at or after (ISO date-time, e.g. 2025-11-01T00:00:00+07:00)") String from;
    @Option(names = "--to", description = "last failed before (ISO date-time)") String to;
    @Option(names = "--min-attempts") Integer minAttempts;
    @Option(names = "--max-attempts") Integer maxAttempts;
    @Option(names = "--status", description = "unresolved (default), open, replayed, quarantined, resolved, all") String status;

    Map<String, Object> asMap() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("system", system);
        filter.put("flow", flow);
        filter.put("stage", stage);
        filter.put("reasonClass", reasonClass);
        filter.put("procedureCode", procedureCode);
        filter.put("unitCode", unitCode);
        filter.put("from", from);
        filter.put("to", to);
        filter.put("minAttempts", minAttempts);
        filter.put("maxAttempts", maxAttempts);
        filter.put("status", status);
        filter.put("code", code);
        filter.values().removeIf(v -> v == null);
        return filter;
    }
}
