package vn.lienthong.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * A system's HTTP client over its SSL bundle, rebuilt when Boot reloads the bundle ({@code reload-on-update}):
 * Boot renews the bundle, but a client keeps the SSL context it was built with until it is built again.
 */
public final class RenewableRequestFactory implements ClientHttpRequestFactory {

    private static final Logger log = LoggerFactory.getLogger(RenewableRequestFactory.class);

    private final String system;
    private final Function<SslBundle, ClientHttpRequestFactory> build;
    private volatile ClientHttpRequestFactory current;

    public RenewableRequestFactory(String system, SslBundles bundles, String bundleName,
            Function<SslBundle, ClientHttpRequestFactory> build) {
        this.system = system;
        this.build = build;
        this.current = build.apply(bundles.getBundle(bundleName));
        bundles.addBundleUpdateHandler(bundleName, this::renew);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        return current.createRequest(uri, httpMethod);
    }

    private void renew(SslBundle bundle) {
        ClientHttpRequestFactory old = current;
        current = build.apply(bundle);
        log.info("{}: SSL bundle reloaded, new connections use it", system);
        // a call in flight on the old pool fails as any broken connection does, and is retried on the new one
        close(old);
    }

    private static void close(ClientHttpRequestFactory requests) {
        if (requests instanceof DisposableBean pool) {
            try {
                pool.destroy();
            } catch (Exception e) {
                log.debug("Could not close a replaced HTTP client", e);
            }
        }
    }
}
