package vn.lienthong.ops.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.failures.FailureDetails;
import vn.lienthong.failures.FailureFilter;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.failures.FailureSummary;
import vn.lienthong.failures.Quarantine;
import vn.lienthong.ops.Operators;
import vn.lienthong.ops.PersonalNumbers;
import vn.lienthong.ops.ReplayOutcome;
import vn.lienthong.ops.Replays;
import vn.lienthong.platform.Paged;

/**
 * Failed syncs of every flow: the list (filters, paging), one failure in full, replaying one, and releasing one
 * from the loop guard's quarantine. Personal numbers are masked unless the caller is an operator.
 */
@RestController
@RequestMapping("/api/failures")
class FailuresController {

    static final int MAX_PAGE = 500;

    private final FailureQueries failures;
    private final Replays replays;
    private final Quarantine quarantine;
    private final PersonalNumbers personal;

    FailuresController(FailureQueries failures, Replays replays, Quarantine quarantine, PersonalNumbers personal) {
        this.failures = failures;
        this.replays = replays;
        this.quarantine = quarantine;
        this.personal = personal;
    }

    @GetMapping
    Paged<FailureSummary> list(FailureFilter filter, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        Paged.check(page, size, MAX_PAGE);
        return new Paged<>(PersonalNumbers.visible(failures.list(filter, page, size), request), page, size,
                failures.count(filter));
    }

    @GetMapping("/{id}")
    FailureDetails details(@PathVariable long id, HttpServletRequest request) {
        return personal.visible(failures.details(id).orElseThrow(() -> notFound(id)), request);
    }

    @PostMapping("/{id}/replay")
    ReplayOutcome replay(@PathVariable long id, HttpServletRequest request) {
        FailedRecord failure = failures.record(id).orElseThrow(() -> notFound(id));
        return replays.replay(List.of(failure), Operators.actor(request), null).get(0);
    }

    /** Lifts the loop guard's mark after someone looked: the failure is open again and its replay count restarts. */
    @PostMapping("/{id}/release")
    FailureSummary release(@PathVariable long id, HttpServletRequest request) {
        if (!quarantine.release(id, Operators.actor(request))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "failure " + id + " is not quarantined");
        }
        return failures.details(id).orElseThrow(() -> notFound(id)).failure();
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no failure " + id);
    }
}
