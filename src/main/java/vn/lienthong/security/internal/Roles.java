package vn.lienthong.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** ADMIN > OPERATOR > VIEWER. */
@Configuration(proxyBeanMethods = false)
public class Roles {

    static final RoleHierarchy HIERARCHY = RoleHierarchyImpl.withDefaultRolePrefix()
            .role(Role.ADMIN.name()).implies(Role.OPERATOR.name())
            .role(Role.OPERATOR.name()).implies(Role.VIEWER.name())
            .build();

    /** Picked up by the request rules; also by method security should anyone use it. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return HIERARCHY;
    }

    /**
     * Every role a role implies, as granted authorities. Users carry them all, so that
     * {@code request.isUserInRole("OPERATOR")} is true for an admin too (that check knows no hierarchy).
     */
    static Collection<? extends GrantedAuthority> reachable(Collection<Role> roles) {
        List<GrantedAuthority> granted = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        return HIERARCHY.getReachableGrantedAuthorities(granted);
    }
}
