package vn.lienthong.lookup;

import org.springframework.stereotype.Component;
import vn.lienthong.lookup.internal.VerificationTasks;

/** The national look-ups still to do, as other modules (monitoring) count them; the queue itself is this module's. */
@Component
public class LookupBacklog {

    private final VerificationTasks tasks;

    LookupBacklog(VerificationTasks tasks) {
        this.tasks = tasks;
    }

    /** Look-ups still to do, of every national system. */
    public long waiting() {
        return tasks.waiting();
    }
}
