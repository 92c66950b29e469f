package vn.lienthong.platform;

import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** RestClients for external systems, with the timeouts of config/systems.yaml. */
@Component
public class HttpClients {

    private final ExternalSystems systems;

    public HttpClients(ExternalSystems systems) {
        this.systems = systems;
    }

    public RestClient forSystem(String system, String baseUrl) {
        SystemResilience settings = systems.of(system);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(settings.readTimeout());
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }
}
