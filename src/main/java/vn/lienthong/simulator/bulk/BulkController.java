package vn.lienthong.simulator.bulk;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link BulkLoad} over HTTP, for a simulator in its own JVM: the answer is the ledger CSV (for
 * {@code \copy sync_ledger (...) from ... csv}), then a last line starting with '#' telling what was loaded.
 */
@RestController
@RequestMapping("/sim/_admin/bulk")
class BulkController {

    private final BulkLoad bulk;

    BulkController(BulkLoad bulk) {
        this.bulk = bulk;
    }

    /** Written on the request's own thread: a million rows take longer than an async request may. */
    @PostMapping
    void load(@RequestParam int n, @RequestParam(defaultValue = "10") int units,
            @RequestParam(defaultValue = "0.001") double drift, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        BulkLoad.Loaded loaded = bulk.load(n, Math.min(Math.max(units, 1), 99), drift, writer);
        writer.write("# " + loaded + " repairable=" + loaded.repairable() + "\n");
        writer.flush();
    }
}
