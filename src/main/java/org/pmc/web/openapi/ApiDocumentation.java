package org.pmc.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): HTTP Basic on
 * every operation but the public ones, the problem+json answers, capabilities as tags.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  private static final String BASIC = "basic";

  @Bean
  OpenAPI apiDescription() {
    return new OpenAPI()
        .info(new Info().title("Partner Membership Center API").version("1").description("""
            The partner program's back office over HTTP: what the portal does, for integrations.
            Sign in with HTTP Basic: a portal user's email and password; program staff use their Camunda user on
            `/api/admin/**`. Errors are `application/problem+json`; their `type` names the kind of problem."""))
        // Relative: Swagger UI calls the server that serves it, behind a proxy too.
        .addServersItem(new Server().url("/").description("This server"))
        .tags(Capabilities.tags())
        .components(ProblemAnswers.addTo(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("Portal email and password; program staff: their Camunda user"))))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  OperationCustomizer apiOperations() {
    return new ApiOperations();
  }
}
