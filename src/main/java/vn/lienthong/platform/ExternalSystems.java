package vn.lienthong.platform;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The resilience part of {@code gateway.systems}: one entry per external system, read from config/systems.yaml. */
@ConfigurationProperties("gateway")
public record ExternalSystems(Map<String, SystemResilience> systems) {

    public SystemResilience of(String system) {
        SystemResilience settings = systems == null ? null : systems.get(system);
        return settings == null ? new SystemResilience(null, null, null, null) : settings;
    }
}
