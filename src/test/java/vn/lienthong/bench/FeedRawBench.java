package vn.lienthong.bench;

/**
 * Raw limit of reading the provincial change feed: one client, an OAuth token, then pages of 1000 as fast
 * as the simulator serves them, each parsed into a Jackson tree as the gateway's ProvincialClient does.
 *
 * <p>Usage: FeedRawBench simulatorUrl [dossiers=100000]   (resets the simulators and generates them first)
 */
public final class FeedRawBench {

    public static void main(String[] args) throws Exception {
        BenchHttp sim = new BenchHttp(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        sim.resetAndGenerate(n);
        sim.readFeed(sim.token(), item -> { }); // warm-up pass: JIT and the simulator's caches
        long t0 = System.nanoTime();
        long items = sim.readFeed(sim.token(), item -> { });
        BenchSupport.report("feed(pages-of-1000,1client)", items, System.nanoTime() - t0);
    }
}
