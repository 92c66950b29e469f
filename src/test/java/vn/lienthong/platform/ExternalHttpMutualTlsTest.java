package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * A national system reached through a data-sharing platform that requires a client certificate: the system's
 * client takes its trust store and client certificate from the SSL bundle that {@code gateway.systems.<system>.
 * ssl-bundle} names, and nothing else gets through. The CAs are made by the test.
 */
class ExternalHttpMutualTlsTest {

    private static final String SYSTEM = "business-registry";

    @TempDir
    Path pems;
    private Path platformCa;
    private Path strangerCa;
    private ThrowAwayCa.Issued gatewayCertificate;
    private ThrowAwayCa.Issued strangerCertificate;
    private MutualTlsServer platform;

    @BeforeEach
    void startPlatform() throws IOException {
        ThrowAwayCa ca = new ThrowAwayCa("NDXP test CA");
        ThrowAwayCa stranger = new ThrowAwayCa("Some other CA");
        platformCa = ca.writeCertificate(pems.resolve("ndxp-ca.crt"));
        strangerCa = stranger.writeCertificate(pems.resolve("other-ca.crt"));
        gatewayCertificate = ca.issueClient(pems, "gateway");
        strangerCertificate = stranger.issueClient(pems, "stranger");
        platform = new MutualTlsServer(ca.issueServer(pems, "platform"), platformCa);
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void shouldCallASystemThatRequiresAClientCertificateWithTheBundleItNames() {
        gateway(bundle(platformCa, gatewayCertificate)).run(context -> {
            JsonNode answer = lookUp(client(context));

            assertThat(answer.path("Data").path("MainInformation").path("ENTERPRISE_CODE").asText()).isEqualTo("0100233488");
            assertThat(platform.lastClient()).isEqualTo("CN=gateway");
        });
    }

    @Test
    void shouldFailTheHandshakeWithoutAClientCertificate() {
        gateway(bundle(platformCa, null)).run(context ->
                assertThatThrownBy(() -> lookUp(client(context)))
                        .isInstanceOf(ResourceAccessException.class));
        // the server refuses in its part of the handshake; by then the client may be writing its request, so it
        // sees the alert or the cut connection depending on timing: the refusal itself is the server's
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(platform.refusedHandshakes()).contains("Empty client certificate chain"));
        assertThat(platform.lastClient()).isNull();
    }

    @Test
    void shouldFailTheHandshakeWhenTheTrustStoreLacksThePlatformsCa() {
        gateway(bundle(strangerCa, gatewayCertificate)).run(context ->
                assertThatThrownBy(() -> lookUp(client(context)))
                        .isInstanceOf(ResourceAccessException.class)
                        .hasCauseInstanceOf(SSLHandshakeException.class)
                        .rootCause().hasMessageContaining("unable to find valid certification path"));
        assertThat(platform.lastClient()).isNull();
    }

    @Test
    void shouldRefuseToStartWhenASystemNamesABundleThatIsNotConfigured() {
        gateway("gateway.systems." + SYSTEM + ".ssl-bundle=ndxp").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(ConfigurationFailure.class)
                        .hasMessageContaining(SYSTEM + ": ssl-bundle 'ndxp' is not configured"));
    }

    @Test
    void shouldUseARenewedClientCertificateOnceTheBundleReloads() throws IOException {
        Path certificate = Files.copy(strangerCertificate.certificate(), pems.resolve("renewed.crt"));
        Path key = Files.copy(strangerCertificate.privateKey(), pems.resolve("renewed.key"));
        String[] reloading = concat(bundle(platformCa, new ThrowAwayCa.Issued(certificate, key)),
                "spring.ssl.bundle.pem.ndxp.reload-on-update=true", "spring.ssl.bundle.watch.file.quiet-period=100ms");
        gateway(reloading).run(context -> {
            RestClient client = client(context);
            assertThatThrownBy(() -> lookUp(client)).isInstanceOf(ResourceAccessException.class);

            Files.copy(gatewayCertificate.privateKey(), key, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(gatewayCertificate.certificate(), certificate, StandardCopyOption.REPLACE_EXISTING);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(lookUp(client).path("StatusCode").asText()).isEqualTo("00"));
            assertThat(platform.lastClient()).isEqualTo("CN=gateway");
        });
    }

    private ApplicationContextRunner gateway(String... properties) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
                        RestClientAutoConfiguration.class))
                .withUserConfiguration(Clients.class)
                .withPropertyValues("gateway.systems." + SYSTEM + ".read-timeout=10s")
                .withPropertyValues(properties);
    }

    /** The bundle {@code ndxp} with the trust store and, unless null, the client certificate; the system uses it. */
    private static String[] bundle(Path trusted, ThrowAwayCa.Issued client) {
        String[] trust = {"gateway.systems." + SYSTEM + ".ssl-bundle=ndxp",
                "spring.ssl.bundle.pem.ndxp.truststore.certificate=" + trusted.toUri()};
        return client == null ? trust : concat(trust,
                "spring.ssl.bundle.pem.ndxp.keystore.certificate=" + client.certificate().toUri(),
                "spring.ssl.bundle.pem.ndxp.keystore.private-key=" + client.privateKey().toUri());
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }

    private RestClient client(AssertableApplicationContext context) {
        return context.getBean(ExternalHttp.class).forSystem(SYSTEM, platform.baseUrl());
    }

    private static JsonNode lookUp(RestClient client) {
        return client.post().uri(MutualTlsServer.PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "ChiTietDoanhNghiep", "msdn", "0100233488"))
                .retrieve().body(JsonNode.class);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ExternalSystems.class)
    @Import(ExternalHttp.class)
    static class Clients {
    }
}
