package vn.lienthong.platform;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** RestClients for external systems: pooled keep-alive connections, with the timeouts of config/systems.yaml. */
@Component
public class ExternalHttp {

    private static final int CONNECTIONS_PER_SYSTEM = 16;

    private final ExternalSystems systems;

    public ExternalHttp(ExternalSystems systems) {
        this.systems = systems;
    }

    public RestClient forSystem(String system, String baseUrl) {
        SystemResilience settings = systems.of(system);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(CONNECTIONS_PER_SYSTEM)
                .setMaxConnPerRoute(CONNECTIONS_PER_SYSTEM)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .build();
        var http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .disableAutomaticRetries() // retries are ours to decide (Retries, the broker)
                .build();
        return RestClient.builder().baseUrl(baseUrl).requestFactory(new HttpComponentsClientHttpRequestFactory(http)).build();
    }
}
