package vn.lienthong.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what. Open: health probes and PayGov's notification (it proves itself with its HMAC). Rules go by
 * pattern so endpoints added later are covered:
 * /api/admin/** admin; other /api/** GET viewer, any other method operator; the console's actions (POST
 * /console/**) operator; /actuator/prometheus viewer or scraper; the login page and the console's static files
 * anyone; everything else viewer. HTTP Basic for machines and the CLI, a login form for people, and OpenID Connect
 * login and bearer tokens when configured. Browsers are never challenged for Basic credentials, and a change
 * sent with Basic credentials needs a JSON body, the X-Requested-By header or the CSRF token
 * ({@link CsrfExemptions}); failed logins are slowed down ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class GatewaySecurity {

    public static final String REALM = "Lien Thong gateway";

    /**
     * The endpoint that authenticates itself (PayGov's HMAC): no Spring Security authentication at all, or an
     * Authorization header would be taken as ours.
     */
    @Bean
    @Order(1)
    SecurityFilterChain selfAuthenticatingEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/paygov/notify"))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain gatewayFilterChain(HttpSecurity http, SecurityProperties properties,
                                           ObjectProvider<ClientRegistrationRepository> oidcClients,
                                           ObjectProvider<JwtDecoder> bearerTokens, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(rules -> rules
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                    .requestMatchers(HttpMethod.GET, "/login", "/webjars/**", "/console/static/**").permitAll()
                    .requestMatchers(HttpMethod.POST, "/console/**").hasRole(Role.OPERATOR.name())
                    .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                    .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name())
                    .requestMatchers("/api/**").hasRole(Role.OPERATOR.name())
                    .requestMatchers("/actuator/prometheus").hasAnyRole(Role.VIEWER.name(), Role.SCRAPER.name())
                    .anyRequest().hasRole(Role.VIEWER.name()));
        http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(EntryPoints.unauthorised(REALM)))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console").permitAll())
                .logout(logout -> logout.permitAll())
                .exceptionHandling(errors -> EntryPoints.register(errors, REALM))
                .csrf(csrf -> csrf.ignoringRequestMatchers(CsrfExemptions.create()))
                .headers(SecurityHeaders.all())
                .addFilterBefore(new ThrottledLogins(throttle), UsernamePasswordAuthenticationFilter.class);
        OidcRoles roles = new OidcRoles(properties.oidc());
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(info -> info.userAuthoritiesMapper(roles::fromLogin)));
        }
        if (bearerTokens.getIfAvailable() != null) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(roles::fromToken);
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }
}
