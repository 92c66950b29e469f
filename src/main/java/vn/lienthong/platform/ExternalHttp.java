package vn.lienthong.platform;

import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.lienthong.platform.internal.SystemObservationConvention;

/**
 * RestClients for external systems from Boot's builders: each system has its own Apache HttpClient pool with
 * the timeouts of config/systems.yaml, and every call is timed as {@code http.client.requests} tagged by system.
 */
@Component
public class ExternalHttp {

    private final ExternalSystems systems;
    private final RestClient.Builder builder;

    public ExternalHttp(ExternalSystems systems, RestClient.Builder builder) {
        this.systems = systems;
        this.builder = builder;
    }

    public RestClient forSystem(String system, String baseUrl) {
        ExternalSystems.Connection connection = systems.of(system);
        var requests = ClientHttpRequestFactoryBuilder.httpComponents()
                .withConnectionManagerCustomizer(pool -> pool
                        .setMaxConnTotal(connection.maxConnections())
                        .setMaxConnPerRoute(connection.maxConnections()))
                .withDefaultRequestConfigCustomizer(request -> request
                        .setConnectionRequestTimeout(Timeout.of(connection.connectionRequestTimeout())))
                .withHttpClientCustomizer(client -> client.disableAutomaticRetries()) // retries are Resilience4j's and the broker's
                .build(ClientHttpRequestFactorySettings.defaults()
                        .withConnectTimeout(connection.connectTimeout())
                        .withReadTimeout(connection.readTimeout()));
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .observationConvention(new SystemObservationConvention(system))
                .build();
    }
}
