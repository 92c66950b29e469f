package vn.lienthong.lookup;

/**
 * Where a national look-up service is and the credentials it takes ({@code gateway.systems.<system>.*}):
 * every look-up service has a base URL and an API key; the population database also a client id, user
 * and secret for its signed headers.
 */
public record LookupEndpoint(String baseUrl, String apiKey, String clientId, String user, String secret) {
}
