package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A membership renewal on the partner's requests page (R-MEM-5): the partner's to pay from the invoice to the end of
 * grace, each reminder and the lapse scheduled; cancelled by the partner, it is settled.
 */
class RenewalRequestsTest extends RequestsTest {

  private static final String PAYMENT_STEP = "Waiting for the payment of the renewal invoice";

  @Autowired
  CompetencyStanding standing;
  @Autowired
  OrganizationService organizations;

  ProcessInstance renewal;
  String id;
  String title;

  @BeforeEach
  void silverPartnerInvoiced() {
    // R-MEM-1: an earned silver competency raises the level to SILVER, which is renewed for a fee
    standing.setByStaff(partner.hqLocationId(), Competency.MESSAGING, CompetencyLevel.SILVER,
        CompetencyStatus.ACTIVE_EARNED);
    ProcessInstance year = root("competency-renewal", partner.organizationId());
    fireTimer(year.getId());
    runDueJobs(year.getId());
    renewal = byVariable("membership-renewal", "organizationId", partner.organizationId().toString())
        .singleResult();
    runDueJobs(renewal.getId());
    id = renewal.getBusinessKey();
    title = "Membership renewal " + organizations.organization(partner.organizationId()).anniversaryDate().getYear();
  }

  @Test
  @DisplayName("R-MEM-5: invoiced, the renewal waits for the partner's payment; next the reminder, then the grace period")
  void invoicedRenewalWaitsForThePartner() {
    Listed invoiced = new Listed("RENEWAL", id, title, PAYMENT_STEP, "PARTNER",
        "Payment reminder to the billing contact", earliestTimer(renewal, "reminderDue"));
    assertThat(listed(id)).isEqualTo(invoiced);
    assertThat(waitingForUs()).containsExactly(invoiced);

    fireTimer(renewal.getId());
    runDueJobs(renewal.getId());

    assertThat(listed(id)).isEqualTo(new Listed("RENEWAL", id, title, PAYMENT_STEP, "PARTNER",
        "Unpaid: 30 days of grace begin", earliestTimer(renewal, "anniversary")));
  }

  @Test
  @DisplayName("R-MEM-5: unpaid through the grace period, the membership lapses and paying still restores it: the partner's move until the program year ends")
  void lapsedRenewalStaysThePartners() {
    for (int timer = 0; timer < 4; timer++) { // the reminder, the anniversary, the last reminder, the end of grace
      fireTimer(renewal.getId());
      runDueJobs(renewal.getId());
    }

    Listed lapsed = new Listed("RENEWAL", id, title, "Membership lapsed: paying the invoice restores it", "PARTNER",
        "Renewal invoice cancelled", earliestTimer(renewal, "programYearEnds"));
    assertThat(listed(id)).isEqualTo(lapsed);
    assertThat(waitingForUs()).containsExactly(lapsed);
  }

  @Test
  @DisplayName("R-MEM-5: cancelled by the partner, the renewal only waits for the anniversary's lapse: settled, not listed")
  void cancelledRenewalIsSettled() {
    // The renewal's id is its invoice's order id.
    Http.Response cancelled = admin.post(org("/orders/" + id + "/cancel"), "{}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    runDueJobs(renewal.getId());

    assertThat(runtime.getActiveActivityIds(renewal.getId())).containsExactly("cancelledAnniversary");
    assertThat(open()).isEmpty();
  }
}
