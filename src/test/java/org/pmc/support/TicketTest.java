package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportService;
import org.pmc.support.internal.SupportTickets;
import org.pmc.support.internal.TicketComplexity;
import org.pmc.support.internal.TicketCreated;
import org.pmc.support.internal.TicketEvent.Kind;
import org.pmc.support.internal.TicketPriority;
import org.pmc.support.internal.TicketStatus;
import org.pmc.support.internal.TicketView;
import org.springframework.beans.factory.annotation.Autowired;

/** A partner of its own per test raises a ticket "Service down"; the test follows its {@code support-ticket}. */
abstract class TicketTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Autowired
  SupportService support;
  @Autowired
  SupportTickets tickets;
  @Autowired
  TaskService tasks;

  Partner partner;
  ProcessInstance instance;
  TicketCreated ticket;

  @BeforeEach
  void registerPartner() {
    partner = partners.register("DE");
  }

  /** The organization moves to this level (a new one is NETWORK), then its admin raises the ticket. */
  void raise(MembershipLevel level, String category, TicketPriority priority, TicketComplexity complexity) {
    if (level != MembershipLevel.NETWORK) {
      organizations.changeMembership(partner.organizationId(), level, null);
    }
    String topic = switch (category) {
      case "PROGRAM" -> "MEMBERSHIP";
      case "LICENSING" -> "KEYS";
      default -> "CLOUD";
    };
    String issue = switch (category) {
      case "PROGRAM" -> "RENEWAL";
      case "LICENSING" -> "KEY_MISSING";
      default -> "OUTAGE";
    };
    ticket = support.create(partner.organizationId(), partner.adminId(), new NewTicket(category, topic, issue,
        priority, complexity, "Service down", "Nothing works since this morning."));
    instance = byBusinessKey(ticket.id()).singleResult();
  }

  /** The instance's one timer is due this long from now (the engine's clock). */
  Job timerDueIn(Duration duration) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isCloseTo(ClockUtil.getCurrentTime().toInstant().plus(duration),
        within(5, ChronoUnit.MINUTES));
    return timer;
  }

  Task task() {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  TicketView view() {
    return support.get(partner.organizationId(), ticket.id());
  }

  TicketStatus status() {
    return tickets.findById(ticket.id()).orElseThrow().getStatus();
  }

  List<Kind> events() {
    return view().history().stream().map(TicketView.Step::event).toList();
  }
}
