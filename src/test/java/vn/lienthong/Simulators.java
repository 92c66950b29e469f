package vn.lienthong;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import vn.lienthong.simulator.SimulatorApplication;

/**
 * The simulators (their own application, {@link SimulatorApplication}) started in this JVM on a free port, from
 * empty systems: no demo dossiers and no background trickle unless a test asks for them.
 */
public final class Simulators implements AutoCloseable {

    /**
     * The gateway's setting that points it at the simulators (simulated-systems.yaml: their URLs under
     * {@code simulators.base-url} and their credentials). An additional location, so it wins over config/systems.yaml.
     */
    public static final String GATEWAY_CONFIG = "spring.config.additional-location=classpath:simulated-systems.yaml";

    private static final Map<String, String> EMPTY_SYSTEMS = Map.of(
            "simulator.provincial.initial-dossiers", "0",
            "simulator.provincial.changes-per-second", "0",
            "simulator.paygov.payments-per-second", "0");

    private final ConfigurableApplicationContext context;
    private final int port;

    private Simulators(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /** Starts them with these properties (name, value, name, value ...) over the empty systems' settings. */
    public static Simulators start(String... properties) {
        int port = FreePort.find();
        Map<String, String> settings = new LinkedHashMap<>(EMPTY_SYSTEMS);
        settings.put("server.port", String.valueOf(port));
        for (int i = 0; i < properties.length; i += 2) {
            settings.put(properties[i], properties[i + 1]);
        }
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        SpringApplicationBuilder builder = SimulatorApplication.builder();
        // logging is the JVM's, as the gateway beside them set it up: their own start would reset its levels
        // (the broker's audit log of every message, which the gateway turns down, would flood the tests' output)
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return new Simulators(builder.run(args), port);
    }

    /** Where they answer, e.g. {@code http://localhost:41234}; each system under {@code /sim/<system>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A client of their own port (their admin endpoints need no login). */
    public RestClient http() {
        return RestClient.create(baseUrl());
    }

    public SimulatorControl control() {
        return new SimulatorControl(http());
    }

    @Override
    public void close() {
        context.close();
    }
}
