package vn.lienthong.lookup.internal;

/**
 * Where a national look-up service is and the credentials it takes ({@code gateway.systems.<system>.*}):
 * every look-up service has a base URL and an API key; the population database also a client id, user
 * and secret for its signed headers.
 */
public record LookupEndpoint(String baseUrl, String apiKey, String clientId, String user, String secret) {

    /** The API key, or a configuration error when none is configured (no call is made without one). */
    public String apiKey(LookupSource source) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new vn.lienthong.platform.ConfigurationFailure(source.system(),
                    vn.lienthong.platform.ConfigurationReasons.NO_API_KEY, "no api-key configured");
        }
        return apiKey;
    }
}
