package org.pmc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.competency.Competency;
import org.pmc.reference.internal.AnswerPage;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerAnswers;
import org.pmc.reference.internal.CustomerReference;
import org.pmc.reference.internal.CustomerReferences;
import org.pmc.reference.internal.NewReference;
import org.pmc.reference.internal.ReferenceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of {@code customer-reference} on the real engine (R-REF-1..7). */
class CustomerReferenceProcessTest extends IntegrationTest {

  private static final String CUSTOMER = "nina@northwind.example";

  @Autowired
  TestPartners partners;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  CustomerAnswers answers;
  @Autowired
  CustomerReferences repository;
  @Autowired
  org.pmc.platform.internal.StoredAnswerRedelivery redelivery;
  @Autowired
  PlatformTransactionManager transactions;

  Partner partner;
  ProcessInstance instance;

  @BeforeEach
  void registerPartner() {
    partner = partners.register("GB");
  }

  @Test
  @DisplayName("R-REF-2, R-REF-3, R-REF-5: confirmed → approved for two years, warned 60 days before, then expired")
  void confirmedReferenceIsApprovedWarnedAndExpires() {
    ReferenceView reference = create();
    assertThat(instance).isWaitingAt("sendConfirmationRequest");
    runDueJobs(instance.getId());
    MimeMessage request = single(mailTo(CUSTOMER));
    assertThat(Mails.subject(request)).isEqualTo("Please confirm a customer reference"); // issue 14: fixed
    assertThat(Mails.text(request)).contains("Northwind", "Cloud Productivity", "Migrated 400 mailboxes");
    assertThat(instance).isWaitingAt("sevenDaysWithoutAnswer");

    answers.answer(token(request), CustomerAnswer.CONFIRM);

    CustomerReference approved = repository.findById(reference.id()).orElseThrow();
    assertThat(approved.getStatus()).isEqualTo(ReferenceStatus.APPROVED);
    assertThat(approved.getExpiresAt())
        .isEqualTo(approved.getApprovedAt().atOffset(ZoneOffset.UTC).plusYears(2).toInstant());
    assertThat(instance).isWaitingAt("notifyPartnerApproved");
    runDueJobs(instance.getId());
    assertThat(Mails.subject(single(mailTo(partner.adminEmail())))).isEqualTo("Customer reference confirmed by Northwind");
    assertThat(Mails.text(single(mailTo(partner.adminEmail())))).contains("partner number " + partner.partnerNumber());

    assertThat(instance).isWaitingAt("expiryWarningDue");
    assertThat(timer(instance).getDuedate())
        .isEqualTo(Date.from(approved.getExpiresAt().minus(Duration.ofDays(60))));
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .contains("Customer reference expiring soon for Northwind");

    assertThat(instance).isWaitingAt("referenceExpiryDue");
    assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(approved.getExpiresAt()));
    fireTimer(instance.getId());
    assertThat(repository.findById(reference.id()).orElseThrow().getStatus()).isEqualTo(ReferenceStatus.EXPIRED);
    runDueJobs(instance.getId());
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .contains("Customer reference expired for Northwind");
    assertThat(instance).isEnded().hasPassed("referenceExpired");
  }

  @Test
  @DisplayName("R-REF-2, R-REF-4: declined → DECLINED and the partner is told")
  void declinedReferenceIsDeclined() {
    ReferenceView reference = create();
    runDueJobs(instance.getId());
    answers.answer(token(single(mailTo(CUSTOMER))), CustomerAnswer.DECLINE);

    assertThat(repository.findById(reference.id()).orElseThrow().getStatus()).isEqualTo(ReferenceStatus.DECLINED);
    runDueJobs(instance.getId());
    assertThat(Mails.subject(single(mailTo(partner.adminEmail())))).isEqualTo("Customer reference declined by Northwind");
    assertThat(instance).isEnded().hasPassed("referenceDeclined");
  }

  @Test
  @DisplayName("R-REF-5: reminders after 7 and 14 days, UNCONFIRMED after 30, partner told; the link is then dead")
  void unansweredReferenceIsRemindedThenUnconfirmed() {
    ReferenceView reference = create();
    runDueJobs(instance.getId());
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    assertThat(instance).isWaitingAt("fourteenDaysWithoutAnswer");
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    List<MimeMessage> toCustomer = mailTo(CUSTOMER);
    assertThat(toCustomer).extracting(Mails::subject).containsExactly(
        "Please confirm a customer reference",
        "Reminder: Please confirm a customer reference",
        "Reminder: Please confirm a customer reference");
    assertThat(Mails.text(toCustomer.get(1))).contains("A friendly reminder");

    assertThat(instance).isWaitingAt("thirtyDaysWithoutAnswer");
    fireTimer(instance.getId());
    assertThat(repository.findById(reference.id()).orElseThrow().getStatus())
        .isEqualTo(ReferenceStatus.UNCONFIRMED);
    runDueJobs(instance.getId());
    assertThat(Mails.subject(single(mailTo(partner.adminEmail()))))
        .isEqualTo("Customer reference not confirmed in time by Northwind");
    assertThat(instance).isEnded().hasPassed("referenceUnconfirmed");

    // R-REF-7: the link stops working when the request ends; an answer changes nothing.
    AnswerPage page = answers.answer(token(toCustomer.get(0)), CustomerAnswer.CONFIRM);
    assertThat(page.open()).isFalse();
    assertThat(repository.findById(reference.id()).orElseThrow().getStatus())
        .isEqualTo(ReferenceStatus.UNCONFIRMED);
  }

  @Test
  @DisplayName("R-REF-4, R-REF-7: a withdrawn request ends at once and its link changes nothing")
  void withdrawnWhileAwaitingEndsTheRequest() {
    ReferenceView reference = create();
    runDueJobs(instance.getId());
    MimeMessage request = single(mailTo(CUSTOMER));

    assertThat(references.withdraw(partner.organizationId(), reference.id()).status())
        .isEqualTo(ReferenceStatus.WITHDRAWN);

    assertThat(instance).isEnded().hasPassed("requestWithdrawn");
    assertThat(answers.answer(token(request), CustomerAnswer.CONFIRM).open()).isFalse();
    assertThat(repository.findById(reference.id()).orElseThrow().getStatus()).isEqualTo(ReferenceStatus.WITHDRAWN);
  }

  @Test
  @DisplayName("R-REF-4: an approved reference can be withdrawn; its expiry timers end with it")
  void withdrawnAfterApprovalEndsTheExpiryTimers() {
    ReferenceView reference = create();
    runDueJobs(instance.getId());
    answers.answer(token(single(mailTo(CUSTOMER))), CustomerAnswer.CONFIRM);
    runDueJobs(instance.getId());
    assertThat(instance).isWaitingAt("expiryWarningDue");

    references.withdraw(partner.organizationId(), reference.id());

    assertThat(instance).isEnded().hasPassed("requestWithdrawn");
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @DisplayName("R-REF-7: an answer stored while the request closes still counts")
  void answerStoredBeforeTheLastTimerWins() {
    ReferenceView reference = create();
    runDueJobs(instance.getId());
    storeAnswerWithoutDelivering(reference.id(), CustomerAnswer.CONFIRM);
    fireTimer(instance.getId()); // 7 days
    runDueJobs(instance.getId());
    fireTimer(instance.getId()); // 14 days
    runDueJobs(instance.getId());

    fireTimer(instance.getId()); // 30 days: the close step reads the stored answer

    assertThat(repository.findById(reference.id()).orElseThrow().getStatus()).isEqualTo(ReferenceStatus.APPROVED);
    assertThat(instance).isWaitingAt("notifyPartnerApproved");
  }

  @Test
  @DisplayName("R-REF-7: a stored answer the instance missed is delivered by the redelivery safety net")
  void redeliveryDeliversAMissedAnswer() {
    ReferenceView reference = create();
    runDueJobs(instance.getId());
    storeAnswerWithoutDelivering(reference.id(), CustomerAnswer.DECLINE);
    assertThat(instance).isWaitingAt("sevenDaysWithoutAnswer");

    redelivery.redeliver();

    assertThat(instance).isWaitingAt("notifyPartnerDeclined");
    runDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("referenceDeclined");
  }

  @Test
  @DisplayName("Issue 14, R-REF-7: redelivery walks every stored answer in pages (size 2 here), the last page too")
  void redeliveryWalksEveryPageOfStoredAnswers() {
    List<ProcessInstance> lost = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ReferenceView reference = create();
      runDueJobs(instance.getId());
      storeAnswerWithoutDelivering(reference.id(), CustomerAnswer.CONFIRM);
      lost.add(instance);
    }
    // The highest id is on the last page: its correlation is lost like the others'.
    assertThat(lost).allSatisfy(missed -> assertThat(missed).isWaitingAt("sevenDaysWithoutAnswer"));

    redelivery.redeliver();

    assertThat(lost).allSatisfy(delivered -> assertThat(delivered).isWaitingAt("notifyPartnerApproved"));
    assertThat(lost).extracting(delivered -> repository.findById(UUID.fromString(delivered.getBusinessKey()))
        .orElseThrow().getStatus()).containsOnly(ReferenceStatus.APPROVED);
  }

  private void storeAnswerWithoutDelivering(UUID referenceId, CustomerAnswer answer) {
    new TransactionTemplate(transactions).executeWithoutResult(status ->
        repository.findById(referenceId).orElseThrow().recordAnswer(answer, Instant.now()));
  }

  /** Creates the reference as the partner's admin; {@link #instance} is its process instance. */
  private ReferenceView create() {
    ReferenceView reference = references.create(partner.organizationId(), partner.adminId(), new NewReference(
        "Northwind", "Nina North", CUSTOMER, "Migrated 400 mailboxes", partner.hqLocationId(),
        Competency.CLOUD_PRODUCTIVITY));
    instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference.id().toString())
        .singleResult();
    return reference;
  }

  private Job timer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private static String token(MimeMessage mail) {
    String link = Mails.answerLink(mail);
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }
}
