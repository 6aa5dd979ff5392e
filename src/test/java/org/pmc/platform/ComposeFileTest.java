package org.pmc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} runs production mode and carries no secret: what an operator must choose is
 * required from the environment ({@code ${VAR:?}}), never defaulted in a file everyone can read (issue 13).
 */
class ComposeFileTest {

  /** Settings whose value would be a secret, a password or a demo switch. */
  private static final Pattern SENSITIVE = Pattern.compile(".*(SECRET|PASSWORD|DEMO|PUBLIC_URL).*");
  private static final Pattern REQUIRED = Pattern.compile("\\$\\{[A-Z_]+:\\?[^}]*}");

  private static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    services = (Map<String, Map<String, Object>>) compose.get("services");
  }

  @Test
  @DisplayName("Issue 13: every secret and password in docker-compose.yml is required from the environment")
  void secretsAreRequiredNotDefaulted() {
    services.forEach((name, service) -> environment(service).forEach((variable, value) -> {
      if (SENSITIVE.matcher(variable).matches() && !variable.equals("PMC_DEMO_DATA")
          && !variable.startsWith("SPRING_MAIL_")) {
        assertThat(String.valueOf(value)).as(name + " " + variable).matches(REQUIRED);
      }
    }));
  }

  @Test
  @DisplayName("Issue 13: the app nodes run production mode without demo data, behind a load balancer")
  void appNodesRunProductionMode() {
    List<String> nodes = services.keySet().stream().filter(name -> name.startsWith("app")).toList();

    assertThat(nodes).hasSize(2);
    assertThat(nodes).allSatisfy(node -> {
      assertThat(environment(services.get(node))).containsEntry("PMC_MODE", "production")
          .containsEntry("PMC_DEMO_DATA", "false");
      assertThat(String.valueOf(services.get(node).get("healthcheck"))).contains("/actuator/health/readiness");
    });
    assertThat(services.get("nginx")).containsKey("depends_on");
    assertThat(String.valueOf(services.get("nginx").get("image"))).startsWith("nginx:");
  }

  @Test
  @DisplayName("Issue 13: every image in docker-compose.yml is pinned to a version")
  void imagesArePinned() {
    services.forEach((name, service) -> assertThat(String.valueOf(service.get("image")))
        .as(name).matches("[a-z0-9./_-]+:[0-9][A-Za-z0-9._-]*"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(Map<String, Object> service) {
    return (Map<String, Object>) service.getOrDefault("environment", Map.of());
  }
}
