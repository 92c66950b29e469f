package vn.lienthong.platform;

import java.util.List;

/** Why a system refused our configuration; the first argument is always the system, as configured. */
public enum ConfigurationReasons implements ReasonCode {
    CREDENTIALS_REFUSED("config.credentials-refused"),
    LOGIN_REFUSED("config.login-refused", "message"),
    AUTHENTICATION_REFUSED("config.authentication-refused", "status", "fault"),
    REQUEST_REFUSED("config.request-refused", "status", "message"),
    NO_API_KEY("config.no-api-key"),
    NO_SHARED_SECRET("config.no-shared-secret"),
    CHECKSUM_REFUSED("config.checksum-refused", "errorCode");

    private final Spec spec;

    ConfigurationReasons(String code, String... params) {
        this.spec = Spec.of(List.of("system"), code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
