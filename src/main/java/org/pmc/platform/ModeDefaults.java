package org.pmc.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settles {@code pmc.mode} once, before any bean reads it, and gives demo mode its well-known values (demo
 * users, the shipped link and payment secrets, the Camunda admin's password {@code operator-demo}). These defaults sit
 * below every other property source, so anything configured wins; production mode gets none of them, which is
 * why {@code application.yml} carries no secret (issue 13).
 */
public class ModeDefaults implements EnvironmentPostProcessor {

  /** The values demo mode ships with; {@code ProductionSettings} (security) refuses each of them in production. */
  public static final Map<String, String> DEMO = Map.of(
      "pmc.demo-data", "true",
      "pmc.admin.password", DeploymentMode.DEMO_ADMIN_PASSWORD,
      "pmc.link-secret", "dev-link-secret-change-me",
      "pmc.payments.webhook-secret", "dev-secret");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    DeploymentMode mode = DeploymentMode.of(environment);
    Map<String, Object> defaults = new HashMap<>();
    defaults.put(DeploymentMode.PROPERTY, mode.value());
    defaults.putAll(mode == DeploymentMode.DEMO ? DEMO : Map.of("pmc.demo-data", "false"));
    environment.getPropertySources().addLast(new MapPropertySource("pmc-mode-defaults", defaults));
  }
}
