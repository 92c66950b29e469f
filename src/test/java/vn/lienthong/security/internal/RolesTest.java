package vn.lienthong.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RolesTest {

    @Test
    void shouldGiveAnAdminEveryLowerRoleSoThatIsUserInRoleWorksWithoutTheHierarchy() {
        assertThat(names(Roles.reachable(List.of(Role.ADMIN))))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_OPERATOR", "ROLE_VIEWER");
        assertThat(names(Roles.reachable(List.of(Role.VIEWER)))).containsExactly("ROLE_VIEWER");
    }

    @Test
    void shouldKeepTheScraperOutOfTheHierarchy() {
        assertThat(names(Roles.reachable(List.of(Role.SCRAPER)))).containsExactly("ROLE_SCRAPER");
        assertThat(names(Roles.reachable(List.of(Role.ADMIN)))).doesNotContain("ROLE_SCRAPER");
    }

    @Test
    void shouldReadRolesOnlyFromTheConfiguredValuesOfTheConfiguredClaim() {
        OidcRoles roles = new OidcRoles(new SecurityProperties.Oidc("groups",
                Map.of("operator", List.of("tthc-operators"))));

        assertThat(roles.rolesIn(Map.of("groups", List.of("tthc-operators", "others")))).containsExactly(Role.OPERATOR);
        assertThat(roles.rolesIn(Map.of("groups", "tthc-operators"))).containsExactly(Role.OPERATOR);
        assertThat(roles.rolesIn(Map.of("groups", List.of("admin", "operator")))).as("names not configured").isEmpty();
        assertThat(roles.rolesIn(Map.of("roles", List.of("tthc-operators")))).as("another claim").isEmpty();
    }

    private static List<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
