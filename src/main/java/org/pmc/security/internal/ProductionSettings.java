package org.pmc.security.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pmc.people.PasswordRule;
import org.pmc.platform.ModeDefaults;
import org.springframework.core.env.PropertyResolver;

/**
 * What production mode refuses to start with (api.md "Modes and configuration", issue 13): every secret and
 * password an attacker could read in this repository, links that would point at the server's own machine,
 * demo data, and mail that would go nowhere. Each problem names the property and its environment variable.
 */
final class ProductionSettings {

  static final int MIN_SECRET_LENGTH = 32;
  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");

  private ProductionSettings() {}

  static List<String> problems(PropertyResolver settings) {
    List<String> problems = new ArrayList<>();
    secret(settings, "pmc.link-secret", "PMC_LINK_SECRET").ifPresent(problems::add);
    if (!blank(settings.getProperty("pmc.link-secret-previous"))) {
      // Optional during a key rotation; it signs nothing, but a weak or shipped one would still verify forgeries.
      secret(settings, "pmc.link-secret-previous", "PMC_LINK_SECRET_PREVIOUS").ifPresent(problems::add);
    }
    secret(settings, "pmc.payments.webhook-secret", "PMC_PAYMENTS_WEBHOOK_SECRET").ifPresent(problems::add);
    paymentProvider(settings, problems);
    publicUrl(settings).ifPresent(problems::add);
    adminPassword(settings).ifPresent(problems::add);
    if (settings.getProperty("pmc.demo-data", Boolean.class, false)) {
      problems.add(named("pmc.demo-data", "PMC_DEMO_DATA") + " is true: demo users with known passwords "
          + "would be created; set it to false");
    }
    if (blank(settings.getProperty("spring.mail.host"))) {
      problems.add(named("spring.mail.host", "SPRING_MAIL_HOST") + " is not set: no mail would leave; "
          + "set your SMTP server (and spring.mail.port, username, password)");
    }
    return problems;
  }

  private static Optional<String> secret(PropertyResolver settings, String property, String variable) {
    String value = settings.getProperty(property);
    if (blank(value)) {
      return Optional.of(named(property, variable) + " is not set; set a random secret of at least "
          + MIN_SECRET_LENGTH + " characters (e.g. openssl rand -hex 32)");
    }
    if (ModeDefaults.DEMO.containsValue(value)) {
      return Optional.of(named(property, variable) + " is the demo value shipped with the application; "
          + "set a random secret of at least " + MIN_SECRET_LENGTH + " characters");
    }
    if (value.length() < MIN_SECRET_LENGTH) {
      return Optional.of(named(property, variable) + " is shorter than " + MIN_SECRET_LENGTH + " characters");
    }
    return Optional.empty();
  }

  /** R-ABTK-19: card payments go to a real provider's hosted checkout; the sandbox is demo mode's only. */
  private static void paymentProvider(PropertyResolver settings, List<String> problems) {
    for (String[] required : new String[][] {{"pmc.payments.provider.base-url", "PMC_PAYMENTS_PROVIDER_BASE_URL"},
        {"pmc.payments.provider.merchant-id", "PMC_PAYMENTS_PROVIDER_MERCHANT_ID"}}) {
      if (blank(settings.getProperty(required[0]))) {
        problems.add(named(required[0], required[1]) + " is not set: partners could not pay by card; set your "
            + "payment provider's (docs/operations.md, \"Payment provider\")");
      }
    }
    secret(settings, "pmc.payments.provider.secret", "PMC_PAYMENTS_PROVIDER_SECRET").ifPresent(problems::add);
  }

  private static Optional<String> publicUrl(PropertyResolver settings) {
    String value = settings.getProperty("pmc.public-url");
    String host = hostOf(value);
    if (host == null || LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT)) || host.startsWith("127.")) {
      return Optional.of(named("pmc.public-url", "PMC_PUBLIC_URL") + " is '" + value + "': links in emails "
          + "must reach your users; set the address they open, e.g. https://pmc.example.com");
    }
    return Optional.empty();
  }

  private static String hostOf(String url) {
    if (blank(url)) {
      return null;
    }
    try {
      return URI.create(url.trim()).getHost();
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private static Optional<String> adminPassword(PropertyResolver settings) {
    String value = settings.getProperty("pmc.admin.password");
    String property = named("pmc.admin.password", "PMC_ADMIN_PASSWORD");
    if (blank(value) || value.length() < MIN_ADMIN_PASSWORD_LENGTH) {
      return Optional.of(property + " is " + (blank(value) ? "not set" : "too short")
          + ": the Camunda admin 'admin' needs a password of at least " + MIN_ADMIN_PASSWORD_LENGTH
          + " characters");
    }
    return PasswordRule.problem(value, null).map(problem -> property + " " + problem);
  }

  private static String named(String property, String variable) {
    return property + " (" + variable + ")";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
