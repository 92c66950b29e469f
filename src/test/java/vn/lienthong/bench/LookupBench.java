package vn.lienthong.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.web.client.RestClient;
import vn.lienthong.adminunits.AdminUnitCrosswalk;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.lookup.business.BusinessRegistryLookup;
import vn.lienthong.lookup.civilstatus.CivilStatusLookup;
import vn.lienthong.lookup.internal.LookupCalls;
import vn.lienthong.lookup.internal.LookupLimits;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.NationalLookup;
import vn.lienthong.lookup.land.LandLookup;
import vn.lienthong.lookup.population.PopulationLookup;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.ExternalSystems;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.QuickRetryable;

/**
 * Look-ups per second each connector sustains against its simulator (no rate limit, 8 calls in flight, the
 * simulator's population allowance lifted), then the population connector at a rate limit (config: 4 per
 * 125 ms) with 8 callers: achieved rate and what waiting for a permit does to each look-up's latency.
 *
 * <p>Usage: LookupBench simulatorUrl [dossiers=3000] [callsPerConnector=3000] [refreshPeriodMillis=125]
 */
public final class LookupBench {

    private static final int CONCURRENCY = 8;

    public static void main(String[] args) throws Exception {
        String sim = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        long period = args.length > 3 ? Long.parseLong(args[3]) : 125;
        BenchHttp http = new BenchHttp(sim);
        http.resetAndGenerate(n);
        List<Dossier> dossiers = new ArrayList<>();
        DossierReader reader = new DossierReader();
        http.readFeed(http.token(), item -> {
            try {
                dossiers.add(reader.read(item));
            } catch (Exception invalid) {
                // the feed is dirty on purpose: look-ups are only made for valid dossiers
            }
        });
        AdminUnitCrosswalk crosswalk = AdminUnitCrosswalk.load();
        for (LookupSource source : LookupSource.values()) {
            List<Dossier> subjects = dossiers.stream().filter(subject(source)).toList();
            NationalLookup lookup = connector(source, sim, rate(1_000_000, 1), crosswalk);
            run(lookup, subjects, Math.min(200, calls), "warm-up");
            run(lookup, subjects, calls, "lookup-" + source.system() + "(c=" + CONCURRENCY + ",no-limit)");
        }
        List<Dossier> citizens = dossiers.stream().filter(subject(LookupSource.POPULATION)).toList();
        NationalLookup limited = connector(LookupSource.POPULATION, sim, rate(4, period), crosswalk);
        run(limited, citizens, 400, "lookup-population(c=" + CONCURRENCY + ",limit=4/" + period + "ms)");
    }

    private static void run(NationalLookup lookup, List<Dossier> subjects, int calls, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long[] latencies = new long[calls];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        lookup.verify(subjects.get(i % subjects.size()));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - start;
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        if (!"warm-up".equals(name)) {
            BenchSupport.report(name, calls, elapsed);
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "LATENCY %s p50 %.1f ms p95 %.1f ms p99 %.1f ms max %.1f ms failed %d%n", name,
                    latencies[calls / 2] / 1e6, latencies[calls * 95 / 100] / 1e6, latencies[calls * 99 / 100] / 1e6,
                    latencies[calls - 1] / 1e6, failed.get());
        }
    }

    private static java.util.function.Predicate<Dossier> subject(LookupSource source) {
        return d -> switch (source) {
            case POPULATION, CIVIL_STATUS -> "citizen".equals(d.applicant().type().wire())
                    && "CCCD".equals(d.applicant().identityType().wire());
            case BUSINESS_REGISTRY -> "enterprise".equals(d.applicant().type().wire());
            case LAND -> d.parcel() != null && d.parcel().isObject();
        };
    }

    private static RateLimiterConfig rate(int permits, long periodMillis) {
        return RateLimiterConfig.custom().limitForPeriod(permits).limitRefreshPeriod(Duration.ofMillis(periodMillis))
                .timeoutDuration(Duration.ofMinutes(5)).build();
    }

    private static NationalLookup connector(LookupSource source, String sim, RateLimiterConfig rate,
            AdminUnitCrosswalk crosswalk) {
        LookupLimits limits = new LookupLimits(Map.of(source.system(), new LookupLimits.SystemLimits(
                sim + "/sim/" + source.system(), "lienthong-key", "VN/GOV/000.00.00.G18/LGSP", "lienthong",
                "lienthong-secret")));
        ExternalSystems systems = new ExternalSystems(Map.of(source.system(),
                new ExternalSystems.Connection(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(5), 16, null)));
        ExternalHttp clients = new ExternalHttp(systems, RestClient.builder(), new DefaultSslBundleRegistry());
        JsonResponses responses = new JsonResponses(new ObjectMapper(), java.time.Clock.systemUTC());
        LookupCalls calls = new LookupCalls(RateLimiterRegistry.of(rate), RetryRegistry.of(RetryConfig.custom()
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(50), 2.0, 0.5))
                .retryOnException(new QuickRetryable()).build()));
        Function<LookupSource, NationalLookup> make = s -> switch (s) {
            case POPULATION -> new PopulationLookup(limits, clients, calls);
            case BUSINESS_REGISTRY -> new BusinessRegistryLookup(limits, clients, responses, calls);
            case LAND -> new LandLookup(limits, clients, responses, calls, crosswalk);
            case CIVIL_STATUS -> new CivilStatusLookup(limits, clients, responses, calls);
        };
        return make.apply(source);
    }
}
