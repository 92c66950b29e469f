package vn.lienthong.security.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.security}: users by name with bcrypt hashes (never a clear password; supply them from the
 * environment or a file outside the repository), and how roles are read from an OpenID Connect token.
 */
@ConfigurationProperties("gateway.security")
public record SecurityProperties(Map<String, User> users, Oidc oidc) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        oidc = oidc == null ? new Oidc(null, null) : oidc;
    }

    /** A configured user: a bcrypt hash ({@code $2a$...} or {@code {bcrypt}$2a$...}) and one role. */
    public record User(String passwordHash, Role role) {
    }

    /**
     * Roles of users who log in through OpenID Connect (or call with a bearer token): the claim that lists them,
     * and the claim values that mean each role (by role name in lower case: viewer, operator, admin, scraper). Only
     * those values count, not a value that happens to equal a role's name.
     */
    public record Oidc(@DefaultValue("roles") String rolesClaim, Map<String, List<String>> roleValues) {

        public Oidc {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
        }
    }
}
