package vn.lienthong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dvcqg.ContentHash;
import vn.lienthong.dvcqg.HoSo;
import vn.lienthong.dvcqg.HoSoMapper;
import vn.lienthong.dvcqg.TienDo;

/**
 * Raw limit of the national portal as the gateway uses it: realistic dossiers from the simulator's
 * provincial feed, mapped with the gateway's DossierReader + HoSoMapper (+ ContentHash, timed apart),
 * then pushed from one thread with DongBoHoSoMC, 50 HoSo a call, and their handling steps with
 * CapNhatTienDoHoSoMC, 10 a call. Records the mapper rejects (the feed's dirty ones) are left out.
 *
 * <p>Usage: PortalRawBench simulatorUrl [dossiers=100000] [threads=1]   (resets the simulators and generates
 * them first). threads &gt; 1 sends that many calls at once (the gateway sends one at a time): what
 * concurrency would buy.
 */
public final class PortalRawBench {

    public static void main(String[] args) throws Exception {
        BenchHttp sim = new BenchHttp(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        sim.resetAndGenerate(n);

        List<String> raw = new ArrayList<>(n); // as the gateway queues them: each item's JSON text
        sim.readFeed(sim.token(), item -> raw.add(item.toString()));
        List<HoSo> hoSos = new ArrayList<>(n);
        List<TienDo> steps = new ArrayList<>(n * 2);
        map(raw, null, null); // warm-up pass for the JIT
        long t0 = System.nanoTime();
        long[] parts = map(raw, hoSos, steps);
        BenchSupport.report("map(parse+read+HoSo+TienDo+hash)", raw.size(), System.nanoTime() - t0);
        System.out.printf(java.util.Locale.ROOT, "     (per dossier: parse %.0f us, read %.0f us, HoSo+steps %.0f us, hash %.0f us)%n",
                parts[0] / 1e3 / raw.size(), parts[1] / 1e3 / raw.size(), parts[2] / 1e3 / raw.size(),
                parts[3] / 1e3 / raw.size());
        raw.clear();

        String session = sim.login();
        long t1 = System.nanoTime();
        calls(threads, hoSos, 50, slice -> BenchHttp.JSON.createObjectNode()
                .put("service", "DongBoHoSoMC").put("isUpdating", "False").set("data", BenchHttp.JSON.valueToTree(slice)),
                sim, session);
        long pushNanos = System.nanoTime() - t1;
        String how = threads + (threads == 1 ? "thread)" : "threads)");
        BenchSupport.report("portal-DongBoHoSoMC(50/call," + how, hoSos.size(), pushNanos);

        long t2 = System.nanoTime();
        calls(threads, steps, 10, slice -> BenchHttp.JSON.createObjectNode()
                .put("service", "CapNhatTienDoHoSoMC").set("data", BenchHttp.JSON.valueToTree(slice)), sim, session);
        long stepNanos = System.nanoTime() - t2;
        BenchSupport.report("portal-steps-CapNhatTienDoHoSoMC(10/call," + how, steps.size(), stepNanos);
        System.out.printf(java.util.Locale.ROOT, "     (%.2f handling steps per dossier; the steps line counts steps)%n", steps.size() / (double) hoSos.size());
        BenchSupport.report("portal(DongBoHoSoMC+their-CapNhatTienDo," + how, hoSos.size(), pushNanos + stepNanos);
    }

    /**
     * What DeliveryPlanner.prepare does to each queued item: parse its text, read it, map it, hash the HoSo.
     * Keeps the valid ones (once per MaHoSo: the feed repeats some items) when hoSos is given; answers the
     * nanoseconds spent in each of the four parts.
     */
    private static long[] map(List<String> raw, List<HoSo> hoSos, List<TienDo> steps) {
        DossierReader reader = new DossierReader();
        HoSoMapper mapper = new HoSoMapper("G18");
        java.util.Set<String> seen = new java.util.HashSet<>();
        long[] nanos = new long[4];
        for (String text : raw) {
            try {
                long a = System.nanoTime();
                JsonNode item = BenchHttp.JSON.readTree(text);
                long b = System.nanoTime();
                Dossier dossier = reader.read(item);
                long c = System.nanoTime();
                HoSo hoSo = mapper.toHoSo(dossier, List.of());
                List<TienDo> dossierSteps = mapper.toSteps(dossier);
                long d = System.nanoTime();
                ContentHash.of(hoSo);
                long e = System.nanoTime();
                nanos[0] += b - a;
                nanos[1] += c - b;
                nanos[2] += d - c;
                nanos[3] += e - d;
                if (hoSos != null && seen.add(hoSo.maHoSo())) {
                    hoSos.add(hoSo);
                    steps.addAll(dossierSteps);
                }
            } catch (Exception invalid) {
                // a dirty record: the gateway keeps it in failed_sync; nothing to send
            }
        }
        return nanos;
    }

    /** Sends items in calls of perCall, from the given number of threads at once; fails on any refused call. */
    private static <T> void calls(int threads, List<T> items, int perCall, Function<List<T>, JsonNode> request,
            BenchHttp sim, String session) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int from = 0; from < items.size(); from += perCall) {
                List<T> slice = items.subList(from, Math.min(from + perCall, items.size()));
                sent.add(pool.submit(() -> {
                    check(sim.postJson("/sim/dvcqg/api/dvcqg/service", request.apply(slice), session));
                    return null;
                }));
            }
            for (Future<?> call : sent) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void check(JsonNode answer) {
        if (answer.path("error_code").asInt(-100) != 0) {
            throw new IllegalStateException("portal refused the call: " + answer);
        }
    }
}
