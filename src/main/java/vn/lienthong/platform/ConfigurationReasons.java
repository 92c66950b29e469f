package vn.lienthong.platform;

import java.util.List;

/** Why a system refused our configuration; the first argument is always the system, as configured. */
public enum ConfigurationReasons implements ReasonCode {
    CREDENTIALS_REFUSED("config.credentials-refused"),
    LOGIN_REFUSED("config.login-refused", "message"),
    AUTHENTICATION_REFUSED("config.authentication-refused", "status", "fault"),
    NO_API_KEY("config.no-api-key"),
    NO_SHARED_SECRET("config.no-shared-secret"),
    CHECKSUM_REFUSED("config.checksum-refused", "errorCode");

    private final String code;
    private final List<String> params;

    ConfigurationReasons(String code, String... params) {
        this.code = code;
        this.params = java.util.stream.Stream.concat(java.util.stream.Stream.of("system"), java.util.stream.Stream.of(params))
                .toList();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> params() {
        return params;
    }
}
