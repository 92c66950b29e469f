package vn.lienthong.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The verdict on the chain: valid, how many rows were read, and the first bad row and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean valid, long rows, Long firstBadRow, String reason) {

    static AuditVerification ok(long rows) {
        return new AuditVerification(true, rows, null, null);
    }

    static AuditVerification bad(long rows, long row, String reason) {
        return new AuditVerification(false, rows, row, reason);
    }
}
