package vn.lienthong.payments.reconciliation;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import vn.lienthong.platform.CodedCauses;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.ReasonCode;
import vn.lienthong.platform.TransientFailure;

/** Why a payment reconciliation could not finish, as a code: the English text stays "Class: message" as before. */
enum RunFailures implements ReasonCode {
    UNAVAILABLE("payment-run.unavailable", "system", "error"),
    CIRCUIT_OPEN("payment-run.circuit-open", "error"),
    FAILED("payment-run.failed", "error");

    private final Spec spec;

    RunFailures(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** A configuration failure says its own reason; a system down past its retries or its breaker open, which. */
    static Reason of(Throwable cause) {
        if (cause == null) {
            return FAILED.reason("unknown", "unknown");
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Optional<Reason> coded = CodedCauses.of(cause, text);
        if (coded.isPresent()) {
            return coded.get();
        }
        for (Throwable e = cause; e != null; e = e.getCause()) {
            if (e instanceof TransientFailure t) {
                return UNAVAILABLE.reason(text, t.system(), t.getMessage());
            }
            if (e instanceof CallNotPermittedException) {
                return CIRCUIT_OPEN.reason(text, e.getMessage());
            }
        }
        return FAILED.reason(text, text);
    }
}
