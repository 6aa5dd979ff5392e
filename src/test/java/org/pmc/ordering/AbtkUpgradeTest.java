package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Mails;
import org.pmc.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Upgrading a silver ABTK to gold through the API (R-ABTK-6, -8, -9, -12, -13). */
class AbtkUpgradeTest extends AbtkTest {

  @Autowired
  JdbcClient jdbc;
  /** Issue 15: dates from the application's clock (UTC), not the machine's zone. */
  @Autowired
  Clock clock;

  String branch;

  @BeforeEach
  void germanPartnerWithGoldBranch() {
    branch = abtk.location("Munich", "DE");
    abtk.competency(branch, "CLOUD_PRODUCTIVITY", "GOLD", "ACTIVE_EARNED");
  }

  @Test
  @DisplayName("R-ABTK-12, R-ABTK-13, R-ABTK-9: a paid silver ABTK upgraded and paid ships an upgrade kit and gold benefits; the anniversary stays")
  void paidSilverToPaidGoldShipsUpgradeKit() {
    JsonNode silver = fulfilled(abtk.order(branch, "SILVER"));

    Http.Response answer = abtk.upgrade(silver);

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonNode upgrade = answer.json();
    assertThat(upgrade.get("kind").asText()).isEqualTo("UPGRADE");
    assertThat(upgrade.get("level").asText()).isEqualTo("GOLD");
    assertThat(upgrade.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(upgrade.get("price").get("amount").asText()).isEqualTo("2815.20"); // 4351.60 - 1536.40 EUR
    assertThat(upgrade.get("price").get("currency").asText()).isEqualTo("EUR");
    assertThat(abtk.invoice(upgrade).get("amount").get("amount").asText()).isEqualTo("2815.20");
    fulfilled(upgrade);
    assertThat(abtk.shipments().findValuesAsText("kind")).containsOnlyOnce("UPGRADE_KIT");
    assertThat(abtk.benefits(branch, "ABTK")).containsEntry("OFFICE_365_E3", 50)
        .containsEntry("VISUAL_STUDIO_ENTERPRISE_MSDN", 10).containsEntry("ADVISORY_HOURS", 50);
    assertThat(anniversary()).isEqualTo(anniversary);
    assertThat(abtk.orderOf(upgrade).get("programYearEnd").asText()).isEqualTo(anniversary.toString());
  }

  @Test
  @DisplayName("R-ABTK-13: an upgrade of an unpaid silver ABTK ships no upgrade kit")
  void unpaidSilverShipsNoUpgradeKit() {
    JsonNode silver = abtk.order(branch, "SILVER");

    JsonNode upgrade = abtk.upgrade(silver).json();
    fulfilled(upgrade);

    assertThat(abtk.shipments().findValuesAsText("kind")).doesNotContain("UPGRADE_KIT");
    assertThat(abtk.status(silver)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  @DisplayName("R-ABTK-13: a location whose competency turns gold is not upgraded automatically")
  void competencyTurningGoldDoesNotUpgrade() {
    String silverBranch = abtk.location("Hamburg", "DE");
    abtk.competency(silverBranch, "DATACENTER", "SILVER", "ACTIVE_EARNED");
    JsonNode silver = fulfilled(abtk.order(silverBranch, "SILVER"));

    abtk.competency(silverBranch, "DATACENTER", "GOLD", "ACTIVE_EARNED");
    runDueJobsOf(OrderInstances.of(runtime, silver));

    assertThat(abtk.admin.get(abtk.org("/abtk/orders")).json().findValuesAsText("kind")).containsOnly("ORDER");
    assertThat(abtk.orderOf(silver).get("level").asText()).isEqualTo("SILVER");
    assertThat(abtk.shipments().findValuesAsText("kind")).doesNotContain("UPGRADE_KIT", "UPDATE_KIT");
  }

  @Test
  @DisplayName("R-ABTK-12: only where the location qualifies for gold, only a silver ABTK, only once")
  void upgradeRefusals() {
    String silverBranch = abtk.location("Hamburg", "DE");
    abtk.competency(silverBranch, "DATACENTER", "SILVER", "ACTIVE_EARNED");
    JsonNode silverOnly = abtk.order(silverBranch, "SILVER");
    JsonNode gold = abtk.order(branch, "GOLD");

    assertRefused(abtk.upgrade(silverOnly), "R-ABTK-12");
    assertRefused(abtk.upgrade(gold), "R-ABTK-12");
    String other = abtk.location("Cologne", "DE");
    abtk.competency(other, "DATA_PLATFORM", "GOLD", "ACTIVE_EARNED");
    JsonNode silver = abtk.order(other, "SILVER");
    assertThat(abtk.upgrade(silver).status()).isEqualTo(201);
    assertRefused(abtk.upgrade(silver), "R-ABTK-12");
    assertThat(abtk.admin.get(abtk.org("/invoices")).json()).hasSize(4);
  }

  @Test
  @DisplayName("R-ABTK-12, R-ABTK-19: a silver ABTK cancelled unpaid takes its unpaid upgrade with it; the upgrade's process ends at once, its billing contact told why")
  void cancelledSilverTakesItsUnpaidUpgradeWithIt() {
    JsonNode silver = abtk.order(branch, "SILVER");
    JsonNode upgrade = abtk.upgrade(silver).json();
    String silverWait = paymentWait(silver).getId();
    fireTimer(silverWait);
    runDueJobsOf(OrderInstances.of(runtime, silver, upgrade));
    fireTimer(silverWait);
    runDueJobsOf(OrderInstances.of(runtime, silver, upgrade));

    assertThat(abtk.status(silver)).isEqualTo("CANCELLED");
    assertThat(abtk.status(upgrade)).isEqualTo("CANCELLED");
    assertThat(abtk.invoice(upgrade).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(mailTo(abtk.partner.adminEmail())).extracting(Mails::text)
        .anyMatch(text -> text.contains("cancelled with the silver ABTK it upgrades"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(upgrade.get("id").asText()).count())
        .isZero();
    assertThat(abtk.status(upgrade)).isEqualTo("CANCELLED");
    assertThat(abtk.shipments().findValuesAsText("kind")).isEmpty();
  }

  @Test
  @DisplayName("R-ABTK-12: a cancelled silver ABTK cannot be upgraded")
  void cancelledSilverCannotBeUpgraded() {
    JsonNode silver = abtk.order(branch, "SILVER");
    String waiting = paymentWait(silver).getId();
    fireTimer(waiting);
    runDueJobsOf(OrderInstances.of(runtime, silver));
    fireTimer(waiting);
    assertThat(abtk.status(silver)).isEqualTo("CANCELLED");

    assertRefused(abtk.upgrade(silver), "R-ABTK-12");
  }

  @Test
  @DisplayName("R-ABTK-6: no upgrade inside the re-enrollment window")
  void noUpgradeInsideTheWindow() {
    JsonNode silver = abtk.order(branch, "SILVER");
    jdbc.sql("update organization set anniversary_date = ? where id = ?")
        .params(LocalDate.now(clock).plusDays(60), abtk.partner.organizationId()).update();

    assertRefused(abtk.upgrade(silver), "R-ABTK-6");
  }

  @Test
  @DisplayName("R-ABTK-8: a location admin cannot upgrade an ABTK of a location they do not manage")
  void locationAdminOfAnotherLocation() {
    JsonNode silver = abtk.order(branch, "SILVER");
    Http manager = partners.locationAdminOf(abtk.partner, abtk.location("Bonn", "DE"), port);

    Http.Response refused = manager.post(abtk.org("/abtk/orders/" + silver.get("id").asText() + "/upgrade"), "");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ABTK-8");
  }

  private static void assertRefused(Http.Response response, String rule) {
    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.json().get("rule").asText()).isEqualTo(rule);
  }
}
