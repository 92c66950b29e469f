package vn.lienthong.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password logins: remembered briefly when right ({@link RecentLogins}), slowed down when wrong ({@link LoginThrottle}). */
@Configuration(proxyBeanMethods = false)
public class LoginProtection {

    @Bean
    LoginThrottle loginThrottle(LoginSettings settings) {
        return new LoginThrottle(settings);
    }

    /** The only authentication provider of user names and passwords, so Spring Security uses it for Basic and the form. */
    @Bean
    RecentLogins recentLogins(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                              LoginSettings settings) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new RecentLogins(passwords, throttle, settings);
    }
}
