package vn.lienthong.security.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles of an OpenID Connect user or bearer token: the configured values of the configured claim (a list or one string). */
final class OidcRoles {

    private final SecurityProperties.Oidc settings;

    OidcRoles(SecurityProperties.Oidc settings) {
        this.settings = settings;
    }

    /** For OpenID Connect login: the provider's authorities carry the ID token's and user-info's claims. */
    Collection<? extends GrantedAuthority> fromLogin(Collection<? extends GrantedAuthority> provided) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : provided) {
            if (authority instanceof OidcUserAuthority oidc) {
                roles.addAll(rolesIn(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    roles.addAll(rolesIn(oidc.getUserInfo().getClaims()));
                }
            } else if (authority instanceof OAuth2UserAuthority oauth) {
                roles.addAll(rolesIn(oauth.getAttributes()));
            }
        }
        return Roles.reachable(roles);
    }

    /** For machines calling with a bearer token (resource server). */
    Collection<GrantedAuthority> fromToken(Jwt jwt) {
        return List.copyOf(Roles.reachable(rolesIn(jwt.getClaims())));
    }

    /**
     * Only the configured values count: a provider's generic group such as "admin" (anyone's admin group in that
     * directory) grants nothing here unless the installation lists it under gateway.security.oidc.role-values.
     */
    Set<Role> rolesIn(Map<String, Object> claims) {
        Object claim = claims.get(settings.rolesClaim());
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            for (Role role : Role.values()) {
                if (settings.roleValues().getOrDefault(role.name().toLowerCase(), List.of()).contains(String.valueOf(value))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
