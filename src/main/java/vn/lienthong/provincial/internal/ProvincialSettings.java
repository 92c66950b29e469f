package vn.lienthong.provincial.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the provincial procedure system is and how the gateway identifies itself to it. */
@ConfigurationProperties("gateway.systems.provincial")
public record ProvincialSettings(String baseUrl, String clientId, String clientSecret) {
}
