package org.pmc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.competency.Competency;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerAnswers;
import org.pmc.reference.internal.CustomerReference;
import org.pmc.reference.internal.CustomerReferences;
import org.pmc.reference.internal.NewReference;
import org.pmc.reference.internal.ReferenceView;
import org.springframework.beans.factory.annotation.Autowired;

/** Answers that arrive while the request mail is still being sent are never lost (architecture.md). */
class AnswerRaceTest extends IntegrationTest {

  private static final int FLOWS = 20;

  @Autowired
  TestPartners partners;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  CustomerReferences repository;
  @Autowired
  CustomerAnswers answers;
  @Autowired
  org.pmc.platform.internal.StoredAnswerRedelivery redelivery;

  @Test
  @DisplayName("R-REF-7: 20 customers confirm at the very moment their request mail is sent: all approved, none lost")
  void answersRacingTheMailStepAllArrive() throws Exception {
    Partner partner = partners.register("US");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<ReferenceView> created = new ArrayList<>();
    try {
      for (int i = 0; i < FLOWS; i++) {
        ReferenceView reference = references.create(partner.organizationId(), partner.adminId(), new NewReference(
            "Customer " + i, "Contact " + i, "race" + i + "@customer.example", "Project " + i,
            partner.hqLocationId(), Competency.MESSAGING));
        created.add(reference);
        race(pool, reference);
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    redelivery.redeliver();
    runDueJobsOf(created.stream().map(reference -> byBusinessKey(reference.id())).toArray(ProcessInstanceQuery[]::new));

    for (ReferenceView reference : created) {
      assertThat(repository.findById(reference.id()).orElseThrow().getStatus()).isEqualTo(ReferenceStatus.APPROVED);
      String instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(reference.id().toString()).singleResult().getId();
      assertThat(management.createJobQuery().processInstanceId(instance).timers().singleResult().getDuedate())
          .as("waiting for the expiry warning").isNotNull();
      assertThat(mailTo(reference.contactEmail())).as("never more than one request mail").hasSizeLessThanOrEqualTo(1);
      assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .hasSize(FLOWS).allMatch(subject -> subject.startsWith("Customer reference confirmed by"));
  }

  /** Sends the request mail and the customer's answer at the same instant, on two threads. */
  private void race(ExecutorService pool, ReferenceView reference) throws Exception {
    CustomerReference stored = repository.findById(reference.id()).orElseThrow();
    String link = answers.link(stored);
    String token = link.substring(link.lastIndexOf('/') + 1);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference.id().toString())
        .singleResult().getId();
    Job send = management.createJobQuery().processInstanceId(instance).singleResult();
    CountDownLatch start = new CountDownLatch(1);
    Future<?> mail = pool.submit(() -> {
      start.await();
      try {
        management.executeJob(send.getId());
      } catch (OptimisticLockingException answeredMeanwhile) {
        // the answer ended the subprocess while the mail step ran: the step rolled back, as it should
      } catch (ProcessEnginePersistenceException collided) {
        assertThat(collided).as("PostgreSQL broke a deadlock with the answer by rolling the mail step back; it runs "
            + "again below, as the job executor would retry it").hasStackTraceContaining("deadlock detected");
      } catch (ProcessEngineException answeredFirst) {
        // the job is gone, or (read just before the answer committed) its execution is
        assertThat(answeredFirst.getMessage()).as("the answer ended the subprocess first")
            .containsAnyOf("No job found", "Cannot find execution");
      }
      return null;
    });
    Future<?> answer = pool.submit(() -> {
      start.await();
      return answers.answer(token, CustomerAnswer.CONFIRM);
    });
    start.countDown();
    mail.get(30, TimeUnit.SECONDS);
    answer.get(30, TimeUnit.SECONDS);
  }
}
