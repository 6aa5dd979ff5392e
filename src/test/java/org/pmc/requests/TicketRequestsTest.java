package org.pmc.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Support tickets on the partner's requests page: support's until it answers or asks (R-SUP-3), then the partner's
 * to answer, or to accept or reopen (R-SUP-4, R-SUP-6).
 */
class TicketRequestsTest extends RequestsTest {

  private static final String TITLE = "Ticket: Region";

  @Autowired
  TaskService tasks;

  String id;
  ProcessInstance ticket;

  @BeforeEach
  void ticketRaised() {
    Http.Response raised = admin.post(org("/tickets"), """
        {"category": "TECHNICAL", "topic": "CLOUD", "issue": "OUTAGE", "priority": "LOW", "complexity": "LOW",
         "subject": "Region", "description": "Which region do we use?"}""");
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    id = raised.json().get("id").asText();
    ticket = root("support-ticket", id);
    runDueJobs(ticket.getId());
  }

  @Test
  @DisplayName("R-SUP-3, R-SUP-6: a new ticket waits for support (next, the escalation at the response target); asked, it waits for the partner's answer")
  void supportsUntilItAsks() {
    assertThat(listed(id)).isEqualTo(new Listed("TICKET", id, TITLE, "Support is working on the ticket", "RSC",
        "Escalates if still unanswered", earliestTimer(ticket, "responseTargetPassed")));
    assertThat(waitingForUs()).isEmpty();

    staffCompletes(Map.of("decision", "ASK", "answer", "Which region do you see in the console?"));

    Listed question = new Listed("TICKET", id, TITLE, "Support asked you a question", "PARTNER",
        "Ticket closed unanswered", earliestTimer(ticket, "sevenDaysWithoutAnswer"));
    assertThat(listed(id)).isEqualTo(question);
    assertThat(waitingForUs()).containsExactly(question);
  }

  @Test
  @DisplayName("R-SUP-4: answered, the ticket is the partner's to accept or reopen; next, it closes as accepted")
  void answeredWaitsForThePartnersWord() {
    staffCompletes(Map.of("answer", "Use the EU region."));

    Listed answered = new Listed("TICKET", id, TITLE, "Answered: accept the answer or reopen the ticket", "PARTNER",
        "Ticket closed as accepted", earliestTimer(ticket, "sevenDaysWithoutWord"));
    assertThat(listed(id)).isEqualTo(answered);
    assertThat(waitingForUs()).containsExactly(answered);
  }

  private void staffCompletes(Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(ticket.getId()).singleResult().getId(), variables);
    runDueJobs(ticket.getId());
  }
}
