package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmc.PmcApplication;
import org.pmc.faults.AppProcess;
import org.pmc.security.internal.UnsafeProductionSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * Production mode refuses to start on any setting an attacker could know or that would leave users without
 * working links or mail (issue 13, api.md "Modes and configuration"). The refusal comes before any bean is
 * made, so these starts need no database.
 */
// It starts the application itself, which alone may take 10 minutes on a loaded machine (AppProcess.START_UP).
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class ProductionSettingsTest {

  /** Safe values for every checked property; each case below breaks exactly one of them. */
  private static final Map<String, String> SAFE = Map.of(
      "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/not-reached",
      "pmc.link-secret", "a".repeat(20) + "-link-secret-0123456789",
      "pmc.payments.webhook-secret", "b".repeat(20) + "-payment-secret-0123456789",
      "pmc.payments.provider.base-url", "https://checkout.provider.example/pay",
      "pmc.payments.provider.merchant-id", "pmc-example",
      "pmc.payments.provider.secret", "c".repeat(20) + "-provider-secret-0123456789",
      "pmc.public-url", "https://pmc.example.org",
      "pmc.admin.password", "Rotated-operator-passphrase-7",
      "spring.mail.host", "smtp.example.org");

  static Stream<Arguments> unsafeSettings() {
    return Stream.of(
        Arguments.of("pmc.link-secret", null),
        Arguments.of("pmc.link-secret", "dev-link-secret-change-me"),
        Arguments.of("pmc.link-secret", "only-twenty-chars-xx"),
        Arguments.of("pmc.link-secret-previous", "dev-link-secret-change-me"),
        Arguments.of("pmc.link-secret-previous", "an-old-short-key"),
        Arguments.of("pmc.payments.webhook-secret", null),
        Arguments.of("pmc.payments.webhook-secret", "dev-secret"),
        Arguments.of("pmc.payments.webhook-secret", "x".repeat(31)),
        Arguments.of("pmc.payments.provider.base-url", null),
        Arguments.of("pmc.payments.provider.merchant-id", null),
        Arguments.of("pmc.payments.provider.secret", null),
        Arguments.of("pmc.payments.provider.secret", "x".repeat(31)),
        Arguments.of("pmc.public-url", "http://localhost:8080"),
        Arguments.of("pmc.public-url", "http://127.0.0.1:8080"),
        Arguments.of("pmc.public-url", null),
        Arguments.of("pmc.admin.password", null),
        Arguments.of("pmc.admin.password", "admin"),
        Arguments.of("pmc.admin.password", "short-pw-11"),
        Arguments.of("pmc.demo-data", "true"),
        Arguments.of("spring.mail.host", null));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("unsafeSettings")
  @DisplayName("Issue 13, R-ABTK-19: production refuses to start with an unsafe setting (the payment provider's too) and names the property")
  void refusesEachUnsafeSetting(String property, String value) {
    Map<String, String> settings = new LinkedHashMap<>(SAFE);
    settings.remove(property);
    if (value != null) {
      settings.put(property, value);
    }
    Throwable failure = catchThrowable(() -> start(settings));

    assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(UnsafeProductionSettings.class);
    List<String> problems = ((UnsafeProductionSettings) NestedExceptionUtils.getMostSpecificCause(failure)).problems();
    assertThat(problems).singleElement().asString().startsWith(property + " (");
  }

  @Test
  @DisplayName("Issue 13: a production start with the shipped settings exits non-zero, one line per property")
  void theApplicationExitsNamingEveryProperty() throws Exception {
    AppProcess app = AppProcess.start("production-refused", AppProcess.freePort(), List.of(
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/not-reached",
        "--pmc.link-secret=dev-link-secret-change-me", "--pmc.demo-data=true"));

    assertThat(app.awaitExit(Duration.ofMinutes(3))).isNotZero();
    assertThat(app.output()).contains("refuses to start", "pmc.link-secret (PMC_LINK_SECRET)",
        "pmc.payments.webhook-secret (PMC_PAYMENTS_WEBHOOK_SECRET)", "pmc.public-url (PMC_PUBLIC_URL)",
        "pmc.payments.provider.secret (PMC_PAYMENTS_PROVIDER_SECRET)",
        "pmc.admin.password (PMC_ADMIN_PASSWORD)", "pmc.demo-data (PMC_DEMO_DATA)",
        "spring.mail.host (SPRING_MAIL_HOST)");
  }

  private static void start(Map<String, String> settings) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
    settings.forEach((property, value) -> arguments.add("--" + property + "=" + value));
    new SpringApplicationBuilder(PmcApplication.class).run(arguments.toArray(String[]::new)).close();
  }
}
