package vn.lienthong.platform;

import java.util.Optional;

/** The reason a run's error already carries in its causes: a system refusing our configuration, or a run that gave up. */
public final class CodedCauses {

    private CodedCauses() {
    }

    /** That reason with the run's own English text, if a cause carries one. */
    public static Optional<Reason> of(Throwable error, String text) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationFailure refused) {
                return Optional.of(refused.reason().withText(text));
            }
            if (cause instanceof GaveUp gaveUp) {
                return Optional.of(gaveUp.reason().withText(text));
            }
        }
        return Optional.empty();
    }
}
