package org.pmc;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port, a real embedded PostgreSQL and a real SMTP server (GreenMail).
 * The job executor is off: tests run the due jobs of their own process instances, the way the executor would, and
 * never another test's leftovers. The application's clock is a {@link MovableClock} ({@link TestClock}).
 */
// A hung test (a lock, mail that never comes) fails after 5 minutes instead of hanging the build; tests take seconds.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
@Import({ProcessEngineCoverageConfiguration.class, TestClock.class})
public abstract class IntegrationTest {

  /** A process runs a handful of async steps in a row; more rounds than this means a job that never ends. */
  private static final int MAX_JOB_ROUNDS = 20;

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

  /**
   * Runs the due jobs (async continuations, due timers) of this process instance and of the instances it called,
   * as the job executor would, until none is left.
   */
  protected void runDueJobs(String processInstanceId) {
    runDueJobsOf(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId));
  }

  /**
   * Runs the due jobs of the instances these queries find and of the instances they called, until none is left.
   * The queries run again each round, so an instance one job starts (a review, the next order) has its jobs run too.
   * Only this test's instances: another test's leftovers stay as they are.
   */
  protected void runDueJobsOf(ProcessInstanceQuery... instances) {
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      List<Job> due = dueJobs(withCalledInstances(instances));
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs still due after " + MAX_JOB_ROUNDS + " rounds: a job that makes itself due again");
  }

  /** The instances started with this business key (a domain id: the order, reference, person, review...). */
  protected ProcessInstanceQuery byBusinessKey(Object businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey.toString());
  }

  /** The instances of this process whose variable has this value (one the test knows: an org id, a reference...). */
  protected ProcessInstanceQuery byVariable(String processDefinitionKey, String variableName, Object value) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .variableValueEquals(variableName, value);
  }

  private Set<String> withCalledInstances(ProcessInstanceQuery... roots) {
    Set<String> ids = new HashSet<>();
    Deque<String> toVisit = new ArrayDeque<>();
    Arrays.stream(roots).flatMap(query -> query.list().stream()).map(ProcessInstance::getId).forEach(toVisit::add);
    while (!toVisit.isEmpty()) {
      String id = toVisit.pop();
      if (ids.add(id)) {
        runtime.createProcessInstanceQuery().superProcessInstanceId(id).list()
            .forEach(called -> toVisit.add(called.getId()));
      }
    }
    return ids;
  }

  private List<Job> dueJobs(Set<String> processInstanceIds) {
    return processInstanceIds.isEmpty() ? List.of()
        : management.createJobQuery().processInstanceIds(processInstanceIds).executable().list();
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
        .filter(message -> Mails.recipients(message).stream().anyMatch(recipient -> recipient.contains(address)))
        .toList();
  }
}
