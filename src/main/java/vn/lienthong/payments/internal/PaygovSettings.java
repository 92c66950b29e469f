package vn.lienthong.payments.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where PayGov is, the province's partner code there, and the shared secret of every checksum. */
@ConfigurationProperties("gateway.systems.paygov")
public record PaygovSettings(String baseUrl, String partnerCode, String secret) {
}
