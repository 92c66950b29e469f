package vn.lienthong.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.adminunits.AdminUnitCrosswalk;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.lookup.business.BusinessRegistryLookup;
import vn.lienthong.lookup.civilstatus.CivilStatusLookup;
import vn.lienthong.lookup.internal.LookupCalls;
import vn.lienthong.lookup.internal.LookupLimits;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.NationalLookup;
import vn.lienthong.lookup.internal.Verification;
import vn.lienthong.lookup.land.LandLookup;
import vn.lienthong.lookup.population.PopulationLookup;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;
import vn.lienthong.simulator.provincial.ProvincialSimulator;
import vn.lienthong.simulator.registry.NationalRecords.Truth;
import vn.lienthong.simulator.registry.NationalRecords;

/** Each connector against its simulator over real HTTP: found, not found, mismatch, overload, outage, bad key. */
class ConnectorsIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);
    private static final List<String> SYSTEMS = List.of("population", "business-registry", "land", "civil-status");

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    private final NationalRecords records = simulator(NationalRecords.class);
    @Autowired
    private PopulationLookup population;
    @Autowired
    private BusinessRegistryLookup business;
    @Autowired
    private LandLookup land;
    @Autowired
    private CivilStatusLookup civilStatus;
    @Autowired
    private CircuitBreakers breakers;
    @Autowired
    private LookupLimits limits;
    @Autowired
    private ExternalHttp clients;
    @Autowired
    private JsonResponses responses;
    @Autowired
    private LookupCalls calls;
    @Autowired
    private BulkheadRegistry bulkheads;
    @Autowired
    private AdminUnitCrosswalk crosswalk;

    private final SimulatorControl simulators = SIMULATORS.control();
    private final ObjectMapper json = new ObjectMapper();
    private static List<Dossier> dossiers;

    @BeforeEach
    void generate() {
        if (dossiers == null) {
            dossiers = generated(600).toList();
        }
    }

    @AfterEach
    void heal() {
        SYSTEMS.forEach(simulators::noFaults);
        SYSTEMS.forEach(s -> breakers.of(s).reset());
    }

    @Test
    void shouldFindMatchAndNameMismatchedFieldsInThePopulationDatabase() {
        assertThat(population.verify(citizen("population", Truth.MATCH)).result()).isEqualTo(Verification.Result.MATCH);
        assertThat(population.verify(citizen("population", Truth.UNKNOWN)).result()).isEqualTo(Verification.Result.NOT_FOUND);
        Verification name = population.verify(citizen("population", Truth.NAME_DIFFERS));
        assertThat(name.result()).isEqualTo(Verification.Result.MISMATCH);
        assertThat(name.mismatchedFields()).containsExactly("fullname");
        assertThat(population.verify(citizen("population", Truth.BIRTH_DATE_DIFFERS)).mismatchedFields())
                .containsExactly("birthDate");
    }

    @Test
    void shouldFindMatchAndNameMismatchedFieldsInCivilStatus() {
        assertThat(civilStatus.verify(citizen("civil-status", Truth.MATCH)).result()).isEqualTo(Verification.Result.MATCH);
        assertThat(civilStatus.verify(citizen("civil-status", Truth.UNKNOWN)).result()).isEqualTo(Verification.Result.NOT_FOUND);
        assertThat(civilStatus.verify(citizen("civil-status", Truth.NAME_DIFFERS)).mismatchedFields()).containsExactly("fullname");
        assertThat(civilStatus.verify(citizen("civil-status", Truth.BIRTH_DATE_DIFFERS)).mismatchedFields())
                .containsExactly("birthDate");
    }

    @Test
    void shouldFindEnterprisesAndTellDissolvedOnesApart() {
        assertThat(business.verify(enterprise(Truth.MATCH)).result()).isEqualTo(Verification.Result.MATCH);
        assertThat(business.verify(enterprise(Truth.UNKNOWN)).result()).isEqualTo(Verification.Result.NOT_FOUND);
        assertThat(business.verify(enterprise(Truth.DISSOLVED, Truth.SUSPENDED)).mismatchedFields())
                .containsExactly("enterpriseStatus");
        assertThat(business.verify(enterprise(Truth.NAME_DIFFERS)).mismatchedFields()).containsExactly("enterpriseName");
    }

    @Test
    void shouldFindParcelsByTheirLegacyCommune() {
        List<Dossier> parcels = dossiers.stream().filter(d -> d.parcel() != null && d.parcel().isObject()).toList();
        assertThat(parcels).isNotEmpty();
        long found = parcels.stream().map(land::verify).filter(v -> v.result() != Verification.Result.NOT_FOUND).count();
        assertThat(found).as("parcels found through the crosswalk").isGreaterThan(parcels.size() / 2);
        Dossier merged = parcels.stream().filter(d -> land.candidates(d.parcel()).size() > 1).findFirst().orElseThrow();
        assertThat(land.candidates(merged.parcel())).allMatch(u -> "legacy".equals(u.version()) && u.districtCode() != null);
    }

    @Test
    void shouldHonourRetryAfterWhenOverloaded() {
        for (String system : SYSTEMS) {
            simulators.faults(system, Map.of("too-many-rate", 1.0, "retry-after", 7));
        }
        for (Function<Dossier, Verification> call : List.<Function<Dossier, Verification>>of(
                population::verify, civilStatus::verify, d -> business.verify(enterprise(Truth.MATCH)))) {
            assertThatThrownBy(() -> call.apply(citizen("population", Truth.MATCH)))
                    .isInstanceOfSatisfying(TransientFailure.class,
                            f -> assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        }
    }

    @Test
    void shouldOpenTheCircuitInAnOutageAndCloseItAfter() {
        Dossier someone = citizen("population", Truth.MATCH);
        CircuitBreaker breaker = breakers.of("population");
        // transitions as they happen: the look-up route's own trial calls can close a half-open breaker within
        // milliseconds, between two looks at its state
        List<CircuitBreaker.StateTransition> transitions = new java.util.concurrent.CopyOnWriteArrayList<>();
        breaker.getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
        simulators.outage("population", 600);
        await().atMost(GENEROUS).until(() -> {
            try {
                breaker.executeSupplier(() -> population.verify(someone));
            } catch (RuntimeException expected) {
                // 503 answers count as failures until the breaker opens
            }
            return breaker.getState() == CircuitBreaker.State.OPEN;
        });
        simulators.noFaults("population");
        await().atMost(GENEROUS).until(() -> transitions.contains(CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN));
        await().atMost(GENEROUS).until(() -> {
            try {
                breaker.executeSupplier(() -> population.verify(someone));
            } catch (CallNotPermittedException busy) {
                // the verification route may hold the half-open trial calls; it closes the breaker as well
            }
            return breaker.getState() == CircuitBreaker.State.CLOSED;
        });
        assertThat(transitions).containsSubsequence(CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN,
                CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
    }

    @Test
    void shouldGuardEachLookUpRouteWithItsSystemsConfiguredBreakerAndBulkhead() {
        for (String system : SYSTEMS) {
            // the template's routes: the circuit breaker step of this system's look-up route
            ResilienceProcessor eip = camel.getRoute(system + "-verification").filter("*").stream()
                    .filter(ResilienceProcessor.class::isInstance).map(ResilienceProcessor.class::cast)
                    .findFirst().orElse(null);
            assertThat(eip).as(system).isNotNull();
            assertThat(eip.getCircuitBreaker()).as(system).isSameAs(breakers.of(system));
            assertThat(eip.getBulkheadRegistry()).as(system).isSameAs(bulkheads);
            // Camel takes the bulkhead named by the EIP's id from the registry (creating one with Resilience4j's
            // defaults under a name it does not hold): it must be the system's instance of config/systems.yaml
            Bulkhead configured = bulkheads.find(system).orElseThrow();
            assertThat(bulkheads.find(eip.getId())).as(system).containsSame(configured);
            // built from the configuration (the look-up systems override nothing of the default), not 25 by the EIP
            assertThat(configured.getBulkheadConfig().getMaxConcurrentCalls()).as(system)
                    .isEqualTo(bulkheads.getConfiguration("default").orElseThrow().getMaxConcurrentCalls());
        }
    }

    @Test
    void shouldTakeEveryRoutesCircuitBreakerFromTheSystemsConfiguration() {
        List<ResilienceProcessor> eips = camel.getRoutes().stream().flatMap(route -> route.filter("*").stream())
                .filter(ResilienceProcessor.class::isInstance).map(ResilienceProcessor.class::cast).toList();
        assertThat(eips).hasSizeGreaterThan(SYSTEMS.size());
        for (ResilienceProcessor eip : eips) {
            String where = eip.getRouteId() + "/" + eip.getId();
            // a breaker the EIP built itself would be named after its node id, with Camel's defaults
            assertThat(eip.getCircuitBreaker().getName()).as(where)
                    .isIn("provincial", "dvcqg", "paygov", "population", "business-registry", "land", "civil-status");
            assertThat(eip.getCircuitBreaker()).as(where).isSameAs(breakers.of(eip.getCircuitBreaker().getName()));
            assertThat(eip.isTimeoutEnabled()).as(where).isFalse();
            if (eip.isBulkheadEnabled()) {
                assertThat(bulkheads.find(eip.getId())).as(where).containsSame(bulkheads.find(eip.getCircuitBreaker()
                        .getName()).orElseThrow());
            }
        }
    }

    @Test
    void shouldReportABadSignatureOrKeyAsAConfigurationError() {
        Dossier someone = citizen("population", Truth.MATCH);
        LookupLimits.SystemLimits good = limits.of(LookupSource.POPULATION);
        LookupLimits wrongSecret = new LookupLimits(Map.of("population", new LookupLimits.SystemLimits(good.baseUrl(),
                good.apiKey(), good.clientId(), good.user(), "not-the-secret")));
        assertThatThrownBy(() -> new PopulationLookup(wrongSecret, clients, calls).verify(someone))
                .isInstanceOf(ConfigurationFailure.class).hasMessageContaining("AUTH bad signature");

        for (LookupSource source : List.of(LookupSource.BUSINESS_REGISTRY, LookupSource.CIVIL_STATUS, LookupSource.LAND)) {
            LookupLimits.SystemLimits s = limits.of(source);
            LookupLimits wrongKey = new LookupLimits(Map.of(source.system(),
                    new LookupLimits.SystemLimits(s.baseUrl(), "wrong-key", null, null, null)));
            NationalLookup connector = switch (source) {
                case BUSINESS_REGISTRY -> new BusinessRegistryLookup(wrongKey, clients, responses, calls);
                case CIVIL_STATUS -> new CivilStatusLookup(wrongKey, clients, responses, calls);
                default -> new LandLookup(wrongKey, clients, responses, calls, crosswalk);
            };
            Dossier subject = source == LookupSource.BUSINESS_REGISTRY ? enterprise(Truth.MATCH)
                    : source == LookupSource.LAND ? dossiers.stream().filter(d -> d.parcel() != null && d.parcel().isObject())
                            .findFirst().orElseThrow() : someone;
            assertThatThrownBy(() -> connector.verify(subject)).as(source.system())
                    .isInstanceOf(ConfigurationFailure.class).hasMessageContaining("gateway.systems." + source.system());
        }
    }

    private Dossier citizen(String system, Truth truth) {
        return first(d -> "citizen".equals(d.applicant().type().wire()) && d.applicant().identityNumber() != null
                && d.applicant().identityNumber().length() == 12
                && records.truth(system, d.applicant().identityNumber()) == truth);
    }

    private Dossier enterprise(Truth... truths) {
        List<Truth> wanted = List.of(truths);
        return first(d -> "enterprise".equals(d.applicant().type().wire())
                && wanted.contains(records.truth("business-registry", d.applicant().identityNumber())));
    }

    /** The first generated dossier of a kind; a rare kind may need more dossiers than the first 600 hold. */
    private Dossier first(Predicate<Dossier> kind) {
        for (int round = 0; round < 20; round++) {
            Optional<Dossier> found = dossiers.stream().filter(kind).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            dossiers = Stream.concat(dossiers.stream(), generated(300)).toList();
        }
        throw new AssertionError("no such dossier among " + dossiers.size() + " generated");
    }

    private Stream<Dossier> generated(int n) {
        return province.generate(n).stream().map(province::newest).map(this::read).flatMap(Optional::stream);
    }

    private Optional<Dossier> read(String raw) {
        try {
            return Optional.of(new DossierReader().read(json.readTree(raw)));
        } catch (Exception invalid) {
            return Optional.empty();
        }
    }
}
