package vn.lienthong.security.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description (/v3/api-docs, /swagger-ui.html): every call needs HTTP Basic or a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

    @Bean
    OpenAPI gatewayApi() {
        return new OpenAPI()
                .info(new Info().title("Liên Thông gateway operations API").version("1")
                        .description("Failures, dossier stories, replays, system control and the audit log. "
                                + "GET needs the viewer role, other methods operator, /api/admin/** admin."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
