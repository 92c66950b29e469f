package vn.lienthong.security.internal;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see who may log in and with which role (never a password hash). */
@RestController
class UsersController {

    private final SecurityProperties properties;

    UsersController(SecurityProperties properties) {
        this.properties = properties;
    }

    record ConfiguredUser(String name, Role role, String source) {
    }

    @GetMapping("/api/admin/users")
    List<ConfiguredUser> users() {
        return properties.users().entrySet().stream()
                .map(e -> new ConfiguredUser(e.getKey(), e.getValue().role(), "configuration"))
                .sorted(Comparator.comparing(ConfiguredUser::name)).toList();
    }
}
