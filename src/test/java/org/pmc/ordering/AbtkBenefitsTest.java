package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a fulfilled ABTK grants, how long, and how much (R-ABTK-7, -10, -11, -14, -17). */
class AbtkBenefitsTest extends AbtkTest {

  @Autowired
  JdbcClient jdbc;

  String branch;

  @BeforeEach
  void germanPartnerWithSilverBranch() {
    branch = abtk.location("Berlin", "DE");
    abtk.competency(branch, "CLOUD_PRODUCTIVITY", "SILVER", "ACTIVE_EARNED");
  }

  @Test
  @DisplayName("R-ABTK-10: a fulfilled silver ABTK grants the guide's 25 Office 365 IUR and 5 Visual Studio with MSDN, until the anniversary")
  void fulfilmentGrantsBenefitsUntilTheAnniversary() {
    fulfilled(abtk.order(branch, "SILVER"));

    assertThat(abtk.benefits(branch, "ABTK")).isEqualTo(Map.of("OFFICE_365_E3", 25,
        "VISUAL_STUDIO_ENTERPRISE_MSDN", 5, "DEMO_LICENSES", 5, "ADVISORY_HOURS", 20, "TRAINING_LICENSES", 5));
    assertThat(abtk.benefits(branch, "COMPETENCY")).containsEntry("OFFICE_365_E3", 25);
    assertThat(abtk.benefits(branch, "MEMBERSHIP")).isEmpty();
    assertThat(abtk.benefits(abtk.partner.hqLocationId().toString(), "MEMBERSHIP")).isNotEmpty();
    JsonNode benefits = abtk.admin.get(abtk.org("/benefits?locationId=" + branch)).json();
    for (JsonNode benefit : benefits) {
      assertThat(benefit.get("locationId").asText()).isEqualTo(branch);
      assertThat(benefit.get("expiresOn").asText()).isEqualTo(anniversary.toString());
    }
  }

  @Test
  @DisplayName("R-ABTK-10: at the anniversary the benefits expire and the order is EXPIRED")
  void benefitsExpireOnTheAnniversary() {
    JsonNode order = fulfilled(abtk.order(branch, "SILVER"));
    ProcessInstance instance = instance(order);
    assertThat(timerDue(instance)).isEqualTo(midnight(anniversary));

    fireTimer(instance.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(abtk.status(order)).isEqualTo("EXPIRED");
    assertThat(abtk.benefits(branch, "ABTK")).isEmpty();
  }

  @Test
  @DisplayName("R-ABTK-11: an extended anniversary moves the ABTK benefits, the order's year and its expiry timer")
  void extendedAnniversaryMovesTheBenefits() {
    JsonNode order = fulfilled(abtk.order(branch, "SILVER"));
    LocalDate extended = anniversary.plusMonths(3);

    assertThat(abtk.staff.put("/api/admin/organizations/" + abtk.partner.organizationId() + "/membership",
        "{\"anniversaryDate\": \"" + extended + "\"}").status()).isEqualTo(200);

    for (JsonNode benefit : abtk.admin.get(abtk.org("/benefits?locationId=" + branch)).json()) {
      assertThat(benefit.get("expiresOn").asText()).isEqualTo(extended.toString());
    }
    assertThat(abtk.orderOf(order).get("programYearEnd").asText()).isEqualTo(extended.toString());
    assertThat(timerDue(instance(order))).isEqualTo(midnight(extended));
    assertThat(abtk.admin.post(abtk.org("/abtk/orders"), "{\"locationId\": \"%s\", \"level\": \"SILVER\"}"
        .formatted(branch)).json().get("rule").asText()).isEqualTo("R-ABTK-3");
  }

  @Test
  @DisplayName("R-ABTK-7: ordered after re-enrollment, an ABTK runs to the end of the new program year at the full fee")
  void orderAfterReenrollment() {
    fulfilled(abtk.order(branch, "SILVER"));
    organizations.startNextProgramYear(abtk.partner.organizationId());

    JsonNode next = abtk.order(branch, "SILVER");
    fulfilled(next);

    assertThat(next.get("price").get("amount").asText()).isEqualTo("1536.40");
    assertThat(next.get("programYearEnd").asText()).isEqualTo(anniversary.plusYears(1).toString());
    assertThat(timerDue(instance(next))).isEqualTo(midnight(anniversary.plusYears(1)));
    assertThat(abtk.admin.get(abtk.org("/benefits?locationId=" + branch)).json().findValuesAsText("expiresOn"))
        .contains(anniversary.plusYears(1).toString());
  }

  @Test
  @DisplayName("R-ABTK-17: IUR and MSDN licenses are capped per country and worldwide; demonstration and training licenses are not")
  void licensesAreCappedPerCountry() {
    jdbc.sql("insert into license_grant values ('OFFICE_365_E3', 'AT', 30)").update();
    worldwideMsdnCap(8);
    try {
      String vienna = abtk.location("Vienna", "AT");
      String graz = abtk.location("Graz", "AT");
      abtk.competency(vienna, "CLOUD_PRODUCTIVITY", "SILVER", "ACTIVE_EARNED");
      abtk.competency(graz, "CLOUD_PRODUCTIVITY", "SILVER", "ACTIVE_EARNED");
      fulfilled(abtk.order(vienna, "SILVER"));
      fulfilled(abtk.order(graz, "SILVER"));

      assertThat(abtk.benefits(vienna, "ABTK")).containsEntry("OFFICE_365_E3", 25)
          .containsEntry("VISUAL_STUDIO_ENTERPRISE_MSDN", 5).containsEntry("DEMO_LICENSES", 5);
      assertThat(abtk.benefits(graz, "ABTK")).containsEntry("OFFICE_365_E3", 5)
          .containsEntry("VISUAL_STUDIO_ENTERPRISE_MSDN", 3).containsEntry("DEMO_LICENSES", 5)
          .containsEntry("TRAINING_LICENSES", 5);
    } finally {
      jdbc.sql("delete from license_grant where benefit_code = 'OFFICE_365_E3' and country = 'AT'").update();
      worldwideMsdnCap(50);
    }
  }

  private void worldwideMsdnCap(int cap) {
    jdbc.sql("update license_grant set max_quantity = ? where benefit_code = 'VISUAL_STUDIO_ENTERPRISE_MSDN' "
        + "and country = '*'").param(cap).update();
  }

  @Test
  @DisplayName("R-ABTK-14: a competency gained after fulfilment ships one update kit with its benefits, never twice")
  void gainedCompetencyShipsOneUpdateKit() {
    JsonNode order = fulfilled(abtk.order(branch, "SILVER"));

    abtk.competency(branch, "MESSAGING", "SILVER", "ACTIVE_EARNED");
    runDueJobsOf(OrderInstances.of(runtime, order));
    abtk.competency(branch, "MESSAGING", "GOLD", "ACTIVE_EARNED");
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(abtk.shipments().findValuesAsText("kind")).containsOnlyOnce("UPDATE_KIT");
    assertThat(abtk.benefits(branch, "ABTK")).containsEntry("EXCHANGE_SERVER", 1)
        .containsEntry("OFFICE_365_E3", 35);
    assertThat(abtk.status(order)).isEqualTo("FULFILLED");
  }
}
