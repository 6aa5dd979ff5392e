package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.competency.Competency;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.NewReference;
import org.springframework.beans.factory.annotation.Autowired;

/** A failing SMTP server never loses a request: the step is retried, then an incident waits for an operator. */
class MailOutageTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  CustomerReferenceService references;

  @Test
  @DisplayName("SMTP down: retried, then an incident; SMTP back and the job retried: the mail arrives, the reference kept")
  void mailStepSurvivesAnSmtpOutage() {
    Partner partner = partners.register("NL");
    UUID referenceId = references.create(partner.organizationId(), partner.adminId(), new NewReference("Contoso",
        "Carl Customer", "carl@outage.example", "Built a data platform", partner.hqLocationId(),
        Competency.DATA_PLATFORM)).id();
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(referenceId.toString())
        .singleResult().getId();
    Job sendJob = management.createJobQuery().processInstanceId(instanceId).singleResult();

    mailServer.stop();
    try {
      int attempts = 0;
      while (retriesOf(sendJob) > 0) {
        assertThatThrownBy(() -> management.executeJob(sendJob.getId())).isNotNull();
        attempts++;
      }
      assertThat(attempts).isEqualTo(6); // issue 14, R6/PT5M: six tries in all, five minutes apart
      Incident incident = runtime.createIncidentQuery().processInstanceId(sendJob.getProcessInstanceId())
          .singleResult();
      assertThat(incident.getActivityId()).isEqualTo("sendConfirmationRequest");
      assertThat(incident.getIncidentMessage()).containsIgnoringCase("mail");
    } finally {
      mailServer.start();
    }

    // What an operator does in Cockpit once the SMTP server is back: retry the job.
    management.setJobRetries(sendJob.getId(), 1);
    management.executeJob(sendJob.getId());

    assertThat(mailTo("carl@outage.example")).extracting(Mails::subject)
        .containsExactly("Please confirm a customer reference");
    assertThat(runtime.createIncidentQuery().processInstanceId(sendJob.getProcessInstanceId()).count()).isZero();
    assertThat(references.get(partner.organizationId(), referenceId).status())
        .isEqualTo(ReferenceStatus.AWAITING_CUSTOMER);
  }

  private int retriesOf(Job job) {
    return management.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }
}
