package org.pmc;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port, a real embedded PostgreSQL and a real SMTP server (GreenMail).
 * The job executor is off: tests run due jobs themselves, the way the executor would. The application's clock is
 * a {@link MovableClock} ({@link TestClock}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
@Import({ProcessEngineCoverageConfiguration.class, TestClock.class})
public abstract class IntegrationTest {

  @Autowired
  protected GreenMail mailServer;
  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected RuntimeService runtime;
  @Autowired
  protected ManagementService management;
  @LocalServerPort
  protected int port;

  @BeforeEach
  void freshMailboxAndAssertions() throws Exception {
    mailServer.purgeEmailFromAllMailboxes();
    AbstractAssertions.init(engine);
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Runs every job that is due now (async continuations), as the job executor would, until none is left. */
  protected void runDueJobs() {
    runDue(management::createJobQuery);
  }

  /** Runs the due jobs of this instance only, until none is left: other tests' jobs stay where they are. */
  protected void runDueJobs(String processInstanceId) {
    runDue(() -> management.createJobQuery().processInstanceId(processInstanceId));
  }

  private void runDue(Supplier<JobQuery> jobs) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = jobs.get().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** R-PPL-7: sends the mails of the sign-up requests made so far, as the job executor would (their jobs only). */
  protected void sendSignUpMails() {
    SignUp.sendMails(management);
  }

  /** Signing up over HTTP against this application, its sign-up mails sent by {@link #sendSignUpMails}. */
  protected SignUp signUp() {
    return new SignUp(port, mailServer, this::sendSignUpMails);
  }

  /**
   * Runs the next timer job of this instance now, whatever its due date (like "Execute" in Cockpit): the one due
   * first, as time passing would.
   */
  protected void fireTimer(String processInstanceId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().orderByJobDuedate().asc()
        .listPage(0, 1).get(0);
    management.executeJob(timer.getId());
  }

  protected List<MimeMessage> mailTo(String address) {
    return Arrays.stream(mailServer.getReceivedMessages())
        .filter(message -> {
          try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
          } catch (Exception e) {
            return false;
          }
        })
        .toList();
  }
}
