package vn.lienthong.audit.internal;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.lienthong.audit.AuditEntry;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.audit.AuditVerification;
import vn.lienthong.audit.AuditVerifier;
import vn.lienthong.platform.Paged;

/** The audit log: read it, verify its chain, and export its head ({@code rowId:hash}) to keep somewhere else. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditController(AuditTrail trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    record Head(long rowId, String hash, Instant at, String export) {
    }

    @GetMapping
    Paged<AuditEntry> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paged.check(page, size, 500);
        return new Paged<>(trail.page(page, size), page, size, trail.count());
    }

    /** {@code head} is an exported head, {@code rowId:hash}: the log must still hold that row with that hash. */
    @GetMapping("/verify")
    AuditVerification verify(@RequestParam(required = false) String head) {
        return verifier.verify(head == null || head.isBlank() ? null : parse(head));
    }

    @GetMapping("/head")
    Head head() {
        AuditEntry newest = trail.head();
        if (newest == null) {
            return new Head(0, AuditHash.GENESIS, null, "0:" + AuditHash.GENESIS);
        }
        return new Head(newest.id(), newest.hash(), newest.at(), newest.id() + ":" + newest.hash());
    }

    private static AuditTrail.Head parse(String head) {
        String[] parts = head.trim().split(":");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("[0-9a-f]{64}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "head must be rowId:hash as /api/audit/head exports it");
        }
        return new AuditTrail.Head(Long.parseLong(parts[0]), parts[1]);
    }
}
