package vn.lienthong.ops.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.lienthong.failures.FailureFilter;
import vn.lienthong.ops.Operators;
import vn.lienthong.ops.PersonalNumbers;
import vn.lienthong.ops.ReplayJob;
import vn.lienthong.ops.ReplayJobs;

/** Bulk replays: a dry run (how many, a sample), or a job (202) whose progress can be followed and which can be cancelled. */
@RestController
@RequestMapping("/api/replays")
class ReplaysController {

    private final ReplayJobs jobs;

    ReplaysController(ReplayJobs jobs) {
        this.jobs = jobs;
    }

    record ReplayRequest(FailureFilter filter, Boolean dryRun, Integer ratePerSecond) {
    }

    @PostMapping
    ResponseEntity<?> replay(@RequestBody ReplayRequest body, HttpServletRequest request) throws JsonProcessingException {
        FailureFilter filter = body.filter() == null ? FailureFilter.none() : body.filter();
        if (body.dryRun() == null || body.dryRun()) {
            ReplayJobs.DryRun dryRun = jobs.dryRun(filter);
            return ResponseEntity.ok(new ReplayJobs.DryRun(dryRun.count(), PersonalNumbers.visible(dryRun.sample(), request)));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(filter, body.ratePerSecond(), Operators.actor(request)));
    }

    @GetMapping
    List<ReplayJob> list() {
        return jobs.list();
    }

    @GetMapping("/{id}")
    ReplayJob get(@PathVariable long id) {
        return jobs.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no replay job " + id));
    }

    @PostMapping("/{id}/cancel")
    ReplayJob cancel(@PathVariable long id) {
        return jobs.cancel(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no replay job " + id));
    }
}
