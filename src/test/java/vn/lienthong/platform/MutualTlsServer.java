package vn.lienthong.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * A national system behind a data-sharing platform, as far as TLS goes: HTTPS that requires a client certificate
 * signed by the CA it trusts, answering business-registry.md's ChiTietDoanhNghiep with one enterprise.
 */
final class MutualTlsServer implements AutoCloseable {

    static final String PATH = "/lgsp/dkkd/v1";
    private static final byte[] FOUND = """
            {"StatusCode":"00","Message":"OK","Data":{"MainInformation":{"ENTERPRISE_CODE":"0100233488",
            "NAME":"CÔNG TY CỔ PHẦN VÍ DỤ","STATUS":"1","FOUNDING_DATE":"15/03/1993"}}}""".getBytes(StandardCharsets.UTF_8);

    private static final Logger SERVER_LOG = Logger.getLogger("com.sun.net.httpserver");

    private final HttpsServer server;
    private final AtomicReference<String> lastClient = new AtomicReference<>();
    private final List<String> refusedHandshakes = new CopyOnWriteArrayList<>();
    private final Handler handshakeFailures = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() instanceof SSLHandshakeException refused) {
                refusedHandshakes.add(refused.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    MutualTlsServer(ThrowAwayCa.Issued identity, Path trustedCa) throws IOException {
        SSLContext tls = SslBundle.of(new PemSslStoreBundle(
                PemSslStoreDetails.forCertificate(identity.certificate().toUri().toString())
                        .withPrivateKey(identity.privateKey().toUri().toString()),
                PemSslStoreDetails.forCertificate(trustedCa.toUri().toString()))).createSslContext();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext(PATH, this::answer);
        // the JDK's server logs a refused handshake (at TRACE) and drops the connection; the test reads it here
        SERVER_LOG.setLevel(Level.ALL);
        SERVER_LOG.addHandler(handshakeFailures);
        server.start();
    }

    String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Why the server refused TLS handshakes, e.g. "Empty client certificate chain". */
    List<String> refusedHandshakes() {
        return refusedHandshakes;
    }

    /** The subject of the client certificate the last answered call presented. */
    String lastClient() {
        return lastClient.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            lastClient.set(((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, FOUND.length);
            exchange.getResponseBody().write(FOUND);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        SERVER_LOG.removeHandler(handshakeFailures);
        SERVER_LOG.setLevel(null);
    }
}
