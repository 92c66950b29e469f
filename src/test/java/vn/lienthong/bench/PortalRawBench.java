package vn.lienthong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Usage: PortalRawBench simulatorUrl [dossiers=100000]   (resets the simulators and generates them first)
 */
public final class PortalRawBench {

    public static void main(String[] args) throws Exception {
        BenchHttp sim = new BenchHttp(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        sim.resetAndGenerate(n);

        List<JsonNode> raw = new ArrayList<>(n);
        sim.readFeed(sim.token(), raw::add);
        DossierReader reader = new DossierReader();
        HoSoMapper mapper = new HoSoMapper("G18");
        List<HoSo> hoSos = new ArrayList<>(n);
        List<TienDo> steps = new ArrayList<>(n * 4);
        java.util.Set<String> seen = new java.util.HashSet<>();
        long t0 = System.nanoTime();
        for (JsonNode item : raw) {
            try {
                Dossier dossier = reader.read(item);
                HoSo hoSo = mapper.toHoSo(dossier, List.of());
                List<TienDo> dossierSteps = mapper.toSteps(dossier);
                ContentHash.of(hoSo);
                if (seen.add(hoSo.maHoSo())) { // the feed repeats some items; a call must not repeat a MaHoSo
                    hoSos.add(hoSo);
                    steps.addAll(dossierSteps);
                }
            } catch (Exception invalid) {
                // a dirty record: the gateway keeps it in failed_sync; nothing to send
            }
        }
        BenchSupport.report("map(read+HoSo+steps+hash)", raw.size(), System.nanoTime() - t0);
        raw.clear();

        String session = sim.login();
        long t1 = System.nanoTime();
        for (int from = 0; from < hoSos.size(); from += 50) {
            ObjectNode call = BenchHttp.JSON.createObjectNode().put("service", "DongBoHoSoMC").put("isUpdating", "False");
            call.set("data", BenchHttp.JSON.valueToTree(hoSos.subList(from, Math.min(from + 50, hoSos.size()))));
            check(sim.postJson("/sim/dvcqg/api/dvcqg/service", call, session));
        }
        long pushNanos = System.nanoTime() - t1;
        BenchSupport.report("portal-DongBoHoSoMC(50/call,1 thread)", hoSos.size(), pushNanos);

        long t2 = System.nanoTime();
        for (int from = 0; from < steps.size(); from += 10) {
            ObjectNode call = BenchHttp.JSON.createObjectNode().put("service", "CapNhatTienDoHoSoMC");
            call.set("data", BenchHttp.JSON.valueToTree(steps.subList(from, Math.min(from + 10, steps.size()))));
            check(sim.postJson("/sim/dvcqg/api/dvcqg/service", call, session));
        }
        long stepNanos = System.nanoTime() - t2;
        BenchSupport.report("portal-CapNhatTienDoHoSoMC(10/call,1 thread) steps", steps.size(), stepNanos);
        System.out.printf(java.util.Locale.ROOT, "     (%.2f steps per dossier)%n", steps.size() / (double) hoSos.size());
        BenchSupport.report("portal(dossiers+their steps,1 thread)", hoSos.size(), pushNanos + stepNanos);
    }

    private static void check(JsonNode answer) {
        if (answer.path("error_code").asInt(-100) != 0) {
            throw new IllegalStateException("portal refused the call: " + answer);
        }
    }
}
