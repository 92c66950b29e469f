package vn.lienthong.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (Basic or the login form) against the configured bcrypt hash, at most once per
 * {@link LoginSettings#verifiedFor()} for the same credentials, so that a client polling every few seconds does not
 * cost a bcrypt (tens of milliseconds of CPU) each time. The remembered successes are keyed by an HMAC of the
 * credentials under a key drawn at start (never stored: a heap dump shows no password, nor a hash one could test
 * guesses against offline), and expire that long after the check, whatever happens meanwhile: a changed or removed
 * user's entries cannot outlive it. Failures feed the {@link LoginThrottle}; they are never remembered here.
 */
public final class RecentLogins implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecretKeySpec key;
    private final Cache<String, Authentication> verified;

    RecentLogins(AuthenticationProvider passwords, LoginThrottle throttle, LoginSettings settings) {
        this.passwords = passwords;
        this.throttle = throttle;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(settings.verifiedFor()).build();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        String fingerprint = fingerprint(user, password);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Authentication known = verified.getIfPresent(fingerprint);
        if (known != null) {
            throttle.succeeded(user, address);
            UsernamePasswordAuthenticationToken again = UsernamePasswordAuthenticationToken.authenticated(
                    known.getPrincipal(), null, known.getAuthorities());
            again.setDetails(attempt.getDetails());
            return again;
        }
        Authentication checked;
        try {
            checked = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(user, address);
            throw wrong;
        }
        throttle.succeeded(user, address);
        verified.put(fingerprint, checked);
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Forgets every remembered success: the next request of each client is checked against its hash again. */
    public void forget() {
        verified.invalidateAll();
    }

    private String fingerprint(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
