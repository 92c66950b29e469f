package vn.lienthong.lookup.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What one national database said about a dossier's applicant, as written back to the province; the look-up
 * stamps {@code checkedAt} when the answer arrives ({@link #checkedNow}).
 */
public record Verification(LookupSource source, Result result, List<String> mismatchedFields, String reference,
        OffsetDateTime checkedAt) {

    public enum Result {
        MATCH("match"), MISMATCH("mismatch"), NOT_FOUND("not-found");

        private final String wire;

        Result(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Result of(String wire) {
            for (Result r : values()) {
                if (r.wire.equals(wire)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown result " + wire);
        }
    }

    public static Verification of(LookupSource source, List<String> mismatched, String reference) {
        return new Verification(source, mismatched.isEmpty() ? Result.MATCH : Result.MISMATCH, List.copyOf(mismatched),
                reference, null);
    }

    public static Verification notFound(LookupSource source, String reference) {
        return new Verification(source, Result.NOT_FOUND, List.of(), reference, null);
    }

    /** This answer as checked now: +07:00, to the millisecond, as the gateway writes it back. */
    public Verification checkedNow(Clock clock) {
        return new Verification(source, result, mismatchedFields, reference,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }
}
