package org.pmc.platform;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * {@code pmc.mode} (api.md "Modes and configuration"): {@code demo} runs everything embedded with demo users
 * and caught mail; {@code production} accepts no default password or secret. Unless set explicitly, the
 * mode follows the database: an external {@code spring.datasource.url} means production.
 */
public enum DeploymentMode {
  DEMO, PRODUCTION;

  public static final String PROPERTY = "pmc.mode";
  /** The Camunda admin's password in demo mode ({@code pmc.admin.password}); production refuses it. */
  public static final String DEMO_ADMIN_PASSWORD = "operator-demo";

  public static DeploymentMode of(Environment environment) {
    String explicit = environment.getProperty(PROPERTY, "").trim();
    if (!explicit.isEmpty()) {
      try {
        return valueOf(explicit.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalStateException(PROPERTY + " (PMC_MODE) must be 'demo' or 'production', not '"
            + explicit + "'");
      }
    }
    return environment.getProperty("spring.datasource.url", "").isBlank() ? DEMO : PRODUCTION;
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
