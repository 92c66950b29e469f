package vn.lienthong.console.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, in the console's language; it offers OpenID Connect providers when some are configured. */
@Controller
class LoginPage {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    LoginPage(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    record Provider(String id, String name) {
    }

    @GetMapping("/login")
    String login(Model model) {
        List<Provider> providers = new ArrayList<>();
        if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("providers", providers);
        return "console/login";
    }
}
