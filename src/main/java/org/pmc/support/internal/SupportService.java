package org.pmc.support.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.platform.StaffNames;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportCatalog;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.TicketEvent.Kind;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Support tickets (R-SUP-2..4): the partner's side, and the steps of the {@code support-ticket} process. */
@Service
public class SupportService {

  static final String ENTITY_TYPE = "SUPPORT_TICKET";
  private static final Logger log = LoggerFactory.getLogger(SupportService.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final SupportTickets tickets;
  private final TicketHistory history;
  private final SupportCatalog catalog;
  private final OrganizationService organizations;
  private final TicketProcess process;
  private final TaskService tasks;
  private final ActivityLog activity;
  private final StaffNames staff;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SupportService(SupportTickets tickets, TicketHistory history, SupportCatalog catalog,
      OrganizationService organizations, TicketProcess process, TaskService tasks, ActivityLog activity,
      StaffNames staff, PlatformTransactionManager transactions, Clock clock) {
    this.tickets = tickets;
    this.history = history;
    this.catalog = catalog;
    this.organizations = organizations;
    this.process = process;
    this.tasks = tasks;
    this.activity = activity;
    this.staff = staff;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** R-SUP-2: stores the ticket and starts its process, which routes it, in one transaction. */
  @Transactional
  public TicketCreated create(UUID organizationId, UUID raisedBy, NewTicket details) {
    SupportCatalog.Issue issue = catalog.issue(details.category(), details.topic(), details.issue());
    MembershipLevel level = organizations.organization(organizationId).membershipLevel();
    SupportTicket ticket = tickets.save(new SupportTicket(organizationId, raisedBy, details, clock.instant()));
    tickets.flush();
    process.start(ticket, level);
    activity.record(organizationId, "SUPPORT_TICKET_RAISED", ENTITY_TYPE, ticket.getId(),
        "Support ticket \"" + ticket.getSubject() + "\" raised on " + ticket.getChannel());
    log.info("Ticket {} of organization {} ({}) routed to {}", ticket.getId(), organizationId, level,
        ticket.getChannel());
    return new TicketCreated(ticket.getId(), ticket.getChannel(), ticket.getStatus(), issue.articles());
  }

  @Transactional(readOnly = true)
  public Page<TicketView> list(UUID organizationId, Pageable pageable) {
    return tickets.findByOrganizationId(organizationId, pageable).map(ticket -> TicketView.of(ticket, null,
        List.of()));
  }

  /** With who answers it by name (issue 13: partners never see a staff user id). */
  @Transactional(readOnly = true)
  public TicketView get(UUID organizationId, UUID ticketId) {
    SupportTicket ticket = tickets.findByIdAndOrganizationId(ticketId, organizationId)
        .orElseThrow(() -> new NotFound("Ticket", ticketId));
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(ticketId.toString())
        .taskDefinitionKey(TicketProcess.ANSWER_TASK).singleResult();
    return TicketView.of(ticket, task == null ? null : staff.displayName(task.getAssignee()),
        history.findByTicketIdOrderByAtAsc(ticketId));
  }

  /**
   * R-SUP-4: the partner accepts the answer (closed) or not (reopened on the same channel). Stored on the
   * ticket in its own transaction first, then delivered to the process (architecture.md).
   */
  public TicketView resolve(UUID organizationId, UUID ticketId, boolean accepted) {
    transaction.executeWithoutResult(status -> {
      SupportTicket ticket = tickets.findByIdAndOrganizationId(ticketId, organizationId)
          .orElseThrow(() -> new NotFound("Ticket", ticketId));
      Instant now = clock.instant();
      ticket.resolve(accepted, now);
      record(ticket, accepted ? Kind.ACCEPTED : Kind.REOPENED,
          accepted ? "The partner accepted the answer" : "The partner did not accept the answer");
      activity.record(organizationId, accepted ? "SUPPORT_TICKET_ACCEPTED" : "SUPPORT_TICKET_REOPENED",
          ENTITY_TYPE, ticketId, "Support ticket \"" + ticket.getSubject() + "\" "
              + (accepted ? "accepted and closed" : "reopened on " + ticket.getChannel()));
    });
    process.deliverResolution(ticketId);
    log.info("Ticket {} {} by the partner", ticketId, accepted ? "accepted" : "reopened");
    return get(organizationId, ticketId);
  }

  /** Process step: R-SUP-2, the channel the decision chose. */
  @Transactional
  public Map<String, Object> route(UUID ticketId, SupportChannel channel) {
    SupportTicket ticket = find(ticketId);
    ticket.route(channel, clock.instant());
    record(ticket, Kind.ROUTED, "Routed to " + channel + " (priority " + ticket.getPriority() + ", complexity "
        + ticket.getComplexity() + ", category " + ticket.getCategory() + ")");
    return withHistory(ticket, TicketProcess.channelVariables(channel));
  }

  /** Process step: R-SUP-3, the response target passed unanswered. */
  @Transactional
  public Map<String, Object> escalate(UUID ticketId) {
    SupportTicket ticket = find(ticketId);
    MembershipLevel level = organizations.organization(ticket.getOrganizationId()).membershipLevel();
    SupportChannel from = ticket.getChannel();
    SupportChannel to = from.escalatedFor(level);
    ticket.escalate(to, clock.instant());
    record(ticket, Kind.ESCALATED, "Not answered within " + from.responseTarget() + " on " + from
        + "; escalated to " + to);
    activity.record(ticket.getOrganizationId(), "SUPPORT_TICKET_ESCALATED", ENTITY_TYPE, ticketId,
        "Support ticket \"" + ticket.getSubject() + "\" escalated from " + from + " to " + to);
    log.info("Ticket {} escalated from {} to {}", ticketId, from, to);
    return withHistory(ticket, TicketProcess.channelVariables(to));
  }

  /** Process step: staff answered {@code answerTicket}. */
  @Transactional
  public Map<String, Object> answer(UUID ticketId, String answer) {
    SupportTicket ticket = find(ticketId);
    ticket.answer(answer, clock.instant());
    record(ticket, Kind.ANSWERED, "Answered on " + ticket.getChannel());
    activity.record(ticket.getOrganizationId(), "SUPPORT_TICKET_ANSWERED", ENTITY_TYPE, ticketId,
        "Support ticket \"" + ticket.getSubject() + "\" answered");
    return withHistory(ticket, new java.util.HashMap<>());
  }

  /**
   * Process step after the partner's word or 7 days without it (R-SUP-4): with no word the ticket
   * closes; a word stored meanwhile still counts. Returns whether the ticket is closed.
   */
  @Transactional
  public Map<String, Object> settle(UUID ticketId) {
    SupportTicket ticket = find(ticketId);
    if (ticket.closeUnanswered(clock.instant())) {
      record(ticket, Kind.CLOSED, "No word from the partner within 7 days");
      activity.record(ticket.getOrganizationId(), "SUPPORT_TICKET_CLOSED", ENTITY_TYPE, ticketId,
          "Support ticket \"" + ticket.getSubject() + "\" closed: no word within 7 days");
    }
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(TicketProcess.ACCEPTED, ticket.getStatus() == TicketStatus.CLOSED);
    return withHistory(ticket, variables);
  }

  private void record(SupportTicket ticket, Kind event, String detail) {
    history.save(new TicketEvent(ticket.getId(), clock.instant(), event, ticket.getChannel(), detail));
  }

  /** The history as text for the Tasklist form. */
  private Map<String, Object> withHistory(SupportTicket ticket, Map<String, Object> variables) {
    history.flush();
    variables.put(TicketProcess.HISTORY, history.findByTicketIdOrderByAtAsc(ticket.getId()).stream()
        .map(e -> TIME.format(e.getAt()) + "  " + e.getEvent() + "  " + e.getChannel()
            + (e.getDetail() == null ? "" : "  " + e.getDetail()))
        .collect(Collectors.joining("\n")));
    return variables;
  }

  private SupportTicket find(UUID ticketId) {
    return tickets.findById(ticketId).orElseThrow(() -> new NotFound("Ticket", ticketId));
  }
}
