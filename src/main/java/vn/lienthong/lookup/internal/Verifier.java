package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.platform.TransientFailure;

/** The look-up routes' steps: take due look-ups, call the right connector, say what a failure means. */
@Component
public class Verifier {

    private final Map<LookupSource, NationalLookup> lookups = new EnumMap<>(LookupSource.class);
    private final DossierReader reader = new DossierReader();
    private final ObjectMapper json;
    private final VerificationTasks tasks;
    private final CircuitBreakers breakers;
    private final RetryAfterGate retryAfter;
    private final Clock clock;

    public Verifier(List<NationalLookup> connectors, ObjectMapper json, VerificationTasks tasks,
            CircuitBreakers breakers, RetryAfterGate retryAfter, Clock clock) {
        connectors.forEach(c -> lookups.put(c.source(), c));
        this.json = json;
        this.tasks = tasks;
        this.breakers = breakers;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /** Nothing is taken while the system's circuit is open or it asked us to wait: look-ups wait in the table. */
    public List<VerificationTask> take(String system) {
        if (breakers.isOpen(system) || retryAfter.isHeld(system)) {
            return List.of();
        }
        return tasks.take(system);
    }

    public LookupOutcome lookUp(VerificationTask task) throws Exception {
        Verification answer = lookups.get(task.source()).verify(reader.read(json.readTree(task.record())));
        return LookupOutcome.verified(task, answer.checkedNow(clock));
    }

    public LookupOutcome failed(Exchange exchange) {
        VerificationTask task = exchange.getMessage().getBody(VerificationTask.class);
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof TransientFailure t) {
                String detail = t.getMessage().startsWith(t.system() + ": ")
                        ? t.getMessage().substring(t.system().length() + 2) : t.getMessage();
                return LookupOutcome.failed(task, LookupOutcome.Kind.TRANSIENT,
                        LookupRetryReasons.TRANSIENT.reason(t.getMessage(), t.system(), detail), t.retryAfter());
            }
            if (e instanceof CallNotPermittedException || e instanceof BulkheadFullException) {
                LookupRetryReasons why = e instanceof CallNotPermittedException
                        ? LookupRetryReasons.CIRCUIT_OPEN : LookupRetryReasons.BULKHEAD_FULL;
                return LookupOutcome.failed(task, LookupOutcome.Kind.NOT_TRIED,
                        why.reason(e.getMessage(), task.source().system()), null);
            }
            if (e instanceof PermanentLookupFailure p) {
                return LookupOutcome.failed(task, LookupOutcome.Kind.PERMANENT, p.reason(), null);
            }
            if (e instanceof ConfigurationFailure c) {
                return LookupOutcome.failed(task, LookupOutcome.Kind.PERMANENT, c.reason(), null);
            }
        }
        String system = task.source().system();
        if (error == null) {
            return LookupOutcome.failed(task, LookupOutcome.Kind.NOT_TRIED,
                    LookupRetryReasons.CIRCUIT_OPEN.reason("circuit open", system), null);
        }
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        return LookupOutcome.failed(task, LookupOutcome.Kind.TRANSIENT,
                LookupRetryReasons.UNEXPECTED.reason(reason, system, reason), null);
    }
}
