package org.pmc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pmc.Http;
import org.pmc.PmcApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app in production mode, as an operator runs it: its own PostgreSQL and SMTP server, every secret set.
 * Nothing of demo mode is left: no {@code admin}/{@code admin}, no demo users, no caught mail (issue 13).
 * Runs in the isolated surefire execution with the cluster test, since it starts engines of its own; its engine
 * keeps the name "default", which engine REST serves (the cluster test's nodes take unique names).
 */
// It starts the application itself, which alone may take 10 minutes on a loaded machine (AppProcess.START_UP).
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class ProductionModeTest {

  private static final String ADMIN_PASSWORD = "Rotated-operator-passphrase-7";

  private static OutsideServices services;

  @BeforeAll
  static void startDatabaseAndMail() throws Exception {
    services = OutsideServices.start("production-");
  }

  @AfterAll
  static void stopDatabaseAndMail() throws Exception {
    services.close();
  }

  @Test
  @DisplayName("Issue 13: in production admin/admin answers 401, the configured password works, /dev/mailbox is 404, and a changed admin password takes effect at the next start; no sandbox checkout (R-ABTK-19)")
  void productionHasNoDefaultCredentials() {
    try (ConfigurableApplicationContext app = start(ADMIN_PASSWORD)) {
      assertThat(new Http(port(app)).as("admin", ADMIN_PASSWORD).get("/engine-rest/user/count").status())
          .isEqualTo(200);
      Http stranger = new Http(port(app));
      assertThat(stranger.as("admin", "admin").get("/engine-rest/user/count").status()).isEqualTo(401);
      assertThat(stranger.as("admin", "admin").get("/api/admin/mcps/none").status()).isEqualTo(401);
      assertThat(stranger.as("admin", "operator-demo").get("/api/admin/mcps/none").status())
          .as("the demo mode admin password").isEqualTo(401);
      assertThat(new Http(port(app)).get("/dev/mailbox").status()).isEqualTo(404);
      assertThat(new Http(port(app)).get("/sandbox/checkout/" + UUID.randomUUID()).status())
          .as("R-ABTK-19: the sandbox checkout is demo mode's").isEqualTo(404);
      assertThat(new Http(port(app)).as("admin@contoso.example", "demo").get("/api/organizations/"
          + UUID.randomUUID()).status()).as("no demo partner").isEqualTo(401);
    }
    String rotated = "Another-operator-passphrase-8";
    try (ConfigurableApplicationContext app = start(rotated)) {
      assertThat(new Http(port(app)).as("admin", rotated).get("/engine-rest/user/count").status()).isEqualTo(200);
      assertThat(new Http(port(app)).as("admin", ADMIN_PASSWORD).get("/engine-rest/user/count").status())
          .as("the old admin password after a restart with a new one").isEqualTo(401);
    }
  }

  private static ConfigurableApplicationContext start(String adminPassword) {
    List<String> arguments = new ArrayList<>(services.arguments());
    arguments.addAll(List.of(
        "--server.port=0",
        "--pmc.public-url=https://pmc.example.org",
        "--pmc.link-secret=" + "l".repeat(40),
        "--pmc.payments.webhook-secret=" + "w".repeat(40),
        "--pmc.payments.provider.base-url=https://checkout.provider.example/pay",
        "--pmc.payments.provider.merchant-id=pmc-test", "--pmc.payments.provider.secret=" + "p".repeat(40),
        "--pmc.admin.password=" + adminPassword,
        "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.root=WARN"));
    return new SpringApplicationBuilder(PmcApplication.class).run(arguments.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }
}
