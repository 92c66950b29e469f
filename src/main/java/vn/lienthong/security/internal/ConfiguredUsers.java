package vn.lienthong.security.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of {@code gateway.security.users}; the gateway refuses to start if a password is not a bcrypt hash of
 * cost 10 or more.
 */
@Configuration(proxyBeanMethods = false)
public class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    /** OWASP's floor for bcrypt: each step below halves the work of guessing a stolen hash. */
    static final int MINIMUM_COST = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder(MINIMUM_COST));
        return encoder;
    }

    /**
     * A plain {@link UserDetailsService}, not the in-memory manager itself: Spring Security "upgrades" the hash
     * of every user it can write back to, in memory, to its own default cost, so each request with basic
     * auth would pay that cost instead of the one the installation chose for the hash in its configuration.
     */
    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties) {
        if (properties.users().isEmpty()) {
            log.warn("No users in gateway.security.users: only the open endpoints answer (see docs/security.md#users)");
        }
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                properties.users().entrySet().stream().map(ConfiguredUsers::user).toList());
        return users::loadUserByUsername;
    }

    private static UserDetails user(Map.Entry<String, SecurityProperties.User> entry) {
        SecurityProperties.User user = entry.getValue();
        String hash = user.passwordHash() == null ? "" : user.passwordHash().trim();
        Matcher bcrypt = BCRYPT.matcher(hash);
        if (!bcrypt.matches()) {
            throw new IllegalStateException("gateway.security.users." + entry.getKey()
                    + ".password-hash must be a bcrypt hash (bin/lienthong hash-password), never a clear password");
        }
        int cost = Integer.parseInt(bcrypt.group(2));
        if (cost < MINIMUM_COST) {
            throw new IllegalStateException("gateway.security.users." + entry.getKey() + ".password-hash has bcrypt cost "
                    + cost + ", below the minimum " + MINIMUM_COST + ": hash the password again with bin/lienthong"
                    + " hash-password (cost " + MINIMUM_COST + "); verified passwords are remembered for a minute, so a"
                    + " higher cost does not slow down polling clients");
        }
        if (user.role() == null) {
            throw new IllegalStateException("gateway.security.users." + entry.getKey() + ".role is missing");
        }
        return User.withUsername(entry.getKey()).password(hash)
                .authorities(Roles.reachable(List.of(user.role()))).build();
    }
}
