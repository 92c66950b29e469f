package vn.lienthong.platform;

import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.lienthong.platform.internal.RenewableRequestFactory;
import vn.lienthong.platform.internal.SystemObservationConvention;

/**
 * RestClients for external systems from Boot's builders: each system has its own Apache HttpClient pool with
 * the timeouts of config/systems.yaml and, when it names one, the trust store and client certificate of its SSL
 * bundle; every call is timed as {@code http.client.requests} tagged by system.
 */
@Component
public class ExternalHttp {

    private final ExternalSystems systems;
    private final RestClient.Builder builder;
    private final SslBundles bundles;

    public ExternalHttp(ExternalSystems systems, RestClient.Builder builder, SslBundles bundles) {
        this.systems = systems;
        this.builder = builder;
        this.bundles = bundles;
        systems.systems().forEach(this::requireBundle);
    }

    public RestClient forSystem(String system, String baseUrl) {
        ExternalSystems.Connection connection = systems.of(system);
        ClientHttpRequestFactory requests = connection.hasSslBundle()
                ? new RenewableRequestFactory(system, bundles, connection.sslBundle(), bundle -> requests(connection, bundle))
                : requests(connection, null);
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .observationConvention(new SystemObservationConvention(system))
                .build();
    }

    private static ClientHttpRequestFactory requests(ExternalSystems.Connection connection, SslBundle bundle) {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withConnectionManagerCustomizer(pool -> pool
                        .setMaxConnTotal(connection.maxConnections())
                        .setMaxConnPerRoute(connection.maxConnections()))
                .withDefaultRequestConfigCustomizer(request -> request
                        .setConnectionRequestTimeout(Timeout.of(connection.connectionRequestTimeout())))
                .withHttpClientCustomizer(client -> client.disableAutomaticRetries()) // retries are Resilience4j's and the broker's
                .build(ClientHttpRequestFactorySettings.defaults()
                        .withConnectTimeout(connection.connectTimeout())
                        .withReadTimeout(connection.readTimeout())
                        .withSslBundle(bundle));
    }

    /** A bundle name that names nothing stops the start: the system is never called with the JDK's trust instead. */
    private void requireBundle(String system, ExternalSystems.Connection connection) {
        if (connection.hasSslBundle() && !bundles.getBundleNames().contains(connection.sslBundle())) {
            throw new ConfigurationFailure(system, "ssl-bundle '" + connection.sslBundle() + "' is not configured"
                    + " under spring.ssl.bundle.pem or spring.ssl.bundle.jks (configured: " + bundles.getBundleNames() + ")");
        }
    }
}
