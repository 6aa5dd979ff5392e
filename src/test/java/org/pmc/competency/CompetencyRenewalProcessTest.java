package org.pmc.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code competency-renewal}: window, reminders, anniversary (R-MEM-2, R-MEM-3, R-COMP-2, R-COMP-4). */
class CompetencyRenewalProcessTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  CompetencyStanding standing;
  @Autowired
  OrganizationService organizations;

  Partner partner;
  ProcessInstance instance;
  LocalDate anniversary;

  @BeforeEach
  void registered() {
    partner = partners.register("PT");
    instance = runtime.createProcessInstanceQuery().processDefinitionKey("competency-renewal")
        .processInstanceBusinessKey(partner.organizationId().toString()).singleResult();
    anniversary = organizations.organization(partner.organizationId()).anniversaryDate();
  }

  @Test
  @DisplayName("R-MEM-3: the window opens 90 days before the anniversary; reminders at 30 and 7 days")
  void windowAndRemindersGoToTheContacts() {
    assertThat(instance).isWaitingAt("windowOpens");
    assertThat(timerDue()).isEqualTo(midnight(anniversary.minusDays(90)));

    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    assertThat(timerDue()).isEqualTo(midnight(anniversary.minusDays(30)));
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    assertThat(timerDue()).isEqualTo(midnight(anniversary.minusDays(7)));
    fireTimer(instance.getId());
    runDueJobs(instance.getId());

    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject).containsExactly(
        "Your re-enrollment window is open: " + partner.name(),
        "30 days to your program anniversary: " + partner.name(),
        "7 days to your program anniversary: " + partner.name());
    assertThat(instance).isWaitingAt("anniversaryReached");
  }

  @Test
  @DisplayName("R-COMP-2, R-COMP-4, R-MEM-2: at the anniversary unmet competencies lapse and the next year starts")
  void anniversaryLapsesUnmetCompetenciesAndStartsTheNextYear() {
    standing.setByStaff(partner.hqLocationId(), Competency.MESSAGING, CompetencyLevel.SILVER,
        CompetencyStatus.ACTIVE_EARNED);
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(0))).contains("lapse at the anniversary", "Messaging",
        "partner number " + partner.partnerNumber()); // R-PPL-8
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    fireTimer(instance.getId());
    runDueJobs(instance.getId());

    fireTimer(instance.getId()); // the anniversary
    runDueJobs(instance.getId());

    assertThat(standing.summary(partner.organizationId(), Optional.empty()).get(0).status())
        .isEqualTo(CompetencyStatus.LAPSED);
    assertThat(organizations.organization(partner.organizationId()).anniversaryDate())
        .isEqualTo(anniversary.plusYears(1));
    assertThat(instance).isWaitingAt("windowOpens").hasPassed("closeProgramYear");
    assertThat(timerDue()).isEqualTo(midnight(anniversary.plusYears(1).minusDays(90)));
  }

  @Test
  @DisplayName("R-MEM-4: staff extend the anniversary; the running year's timers move with it")
  void anExtendedAnniversaryMovesTheTimers() {
    LocalDate extended = anniversary.plusMonths(3);
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/organizations/" + partner.organizationId()
        + "/membership", "{\"anniversaryDate\": \"" + extended + "\"}").status()).isEqualTo(200);

    assertThat(instance).isWaitingAt("windowOpens").hasPassed("anniversaryMoved");
    assertThat(timerDue()).isEqualTo(midnight(extended.minusDays(90)));
  }

  private Date timerDue() {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate();
  }

  private static Date midnight(LocalDate date) {
    return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
