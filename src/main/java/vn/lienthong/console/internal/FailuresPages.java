package vn.lienthong.console.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.failures.FailureFilter;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.failures.Quarantine;
import vn.lienthong.ops.FlowReplayer;
import vn.lienthong.ops.Operators;
import vn.lienthong.ops.PersonalNumbers;
import vn.lienthong.ops.ReplayJob;
import vn.lienthong.ops.ReplayJobs;
import vn.lienthong.ops.ReplayOutcome;
import vn.lienthong.ops.Replays;

/**
 * Failed syncs: the filtered list, one failure in full, replaying or releasing one, and bulk replay in two
 * steps (the dry run's count and sample first, then the job, whose progress its page follows live). The same
 * services as the operations API; personal numbers are masked for viewers.
 */
@Controller
class FailuresPages {

    static final int PAGE_SIZE = 50;

    private final FailureQueries failures;
    private final Replays replays;
    private final ReplayJobs jobs;
    private final Quarantine quarantine;
    private final PersonalNumbers personal;
    private final List<String> flows;

    FailuresPages(FailureQueries failures, Replays replays, ReplayJobs jobs, Quarantine quarantine,
                  PersonalNumbers personal, List<FlowReplayer> replayers) {
        this.flows = replayers.stream().map(FlowReplayer::flow).sorted().toList();
        this.failures = failures;
        this.replays = replays;
        this.jobs = jobs;
        this.quarantine = quarantine;
        this.personal = personal;
    }

    @GetMapping("/console/failures")
    String list(@ModelAttribute("filter") FailureFilter filter, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        int current = Math.max(page, 0);
        model.addAttribute("failures", PersonalNumbers.visible(failures.list(filter, current, PAGE_SIZE), request));
        model.addAttribute("total", failures.count(filter));
        model.addAttribute("flows", flows);
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "console/failures";
    }

    @GetMapping("/console/failures/{id}")
    String details(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("details", personal.visible(failures.details(id).orElseThrow(() -> notFound("failure " + id)),
                request));
        return "console/failure";
    }

    @PostMapping("/console/failures/{id}/replay")
    String replay(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        FailedRecord failure = failures.record(id).orElseThrow(() -> notFound("failure " + id));
        ReplayOutcome outcome = replays.replay(List.of(failure), Operators.actor(request), null).get(0);
        flash.addFlashAttribute("outcome", outcome);
        return "redirect:/console/failures/" + id;
    }

    @PostMapping("/console/failures/{id}/release")
    String release(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("released", quarantine.release(id, Operators.actor(request)));
        return "redirect:/console/failures/" + id;
    }

    /** Step one of a bulk replay: how many open failures the filter takes, and a sample. Nothing is sent. */
    @PostMapping("/console/replays/dry-run")
    String dryRun(@ModelAttribute("filter") FailureFilter filter, Model model, HttpServletRequest request) {
        ReplayJobs.DryRun dryRun = jobs.dryRun(filter);
        model.addAttribute("count", dryRun.count());
        model.addAttribute("sample", PersonalNumbers.visible(dryRun.sample(), request));
        return "console/replay-confirm";
    }

    /** Step two: the job, for the failures the filter takes now. */
    @PostMapping("/console/replays")
    String start(@ModelAttribute("filter") FailureFilter filter, @RequestParam(required = false) Integer ratePerSecond,
                 HttpServletRequest request) throws JsonProcessingException {
        ReplayJob job = jobs.start(filter, ratePerSecond, Operators.actor(request));
        return "redirect:/console/replays/" + job.id();
    }

    @GetMapping("/console/replays")
    String jobs(Model model) {
        model.addAttribute("jobs", jobs.list());
        return "console/replays";
    }

    @GetMapping("/console/replays/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(id).orElseThrow(() -> notFound("replay job " + id)));
        return "console/replay";
    }

    @GetMapping("/console/replays/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        job(id, model);
        return "console/replay :: progress";
    }

    @PostMapping("/console/replays/{id}/cancel")
    String cancel(@PathVariable long id) {
        jobs.cancel(id).orElseThrow(() -> notFound("replay job " + id));
        return "redirect:/console/replays/" + id;
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what);
    }
}
