package org.pmc.support.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.platform.StaffNames;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportCatalog;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.TicketEvent.Kind;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
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
  static final int MAX_TEXT = 4000;
  /** Staff's answer: what {@code support_ticket.answer} holds. */
  private static final int MAX_ANSWER = 10_000;
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
  private final NamedContactService contacts;
  private final PeopleService people;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SupportService(SupportTickets tickets, TicketHistory history, SupportCatalog catalog,
      OrganizationService organizations, TicketProcess process, TaskService tasks, ActivityLog activity,
      StaffNames staff, NamedContactService contacts, PeopleService people, PlatformTransactionManager transactions,
      Clock clock) {
    this.contacts = contacts;
    this.people = people;
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
    OrganizationView organization = organizations.organization(organizationId);
    MembershipLevel level = organization.membershipLevel();
    SupportTicket ticket = tickets.save(new SupportTicket(organizationId, raisedBy, details, clock.instant()));
    tickets.flush();
    PersonView requester = people.person(raisedBy);
    process.start(ticket, level, organization.name(), requester.displayName() + " <" + requester.email() + ">");
    activity.record(organizationId, "SUPPORT_TICKET_RAISED", ENTITY_TYPE, ticket.getId(),
        "Support ticket \"" + ticket.getSubject() + "\" raised on " + ticket.getChannel());
    log.info("Ticket {} of organization {} ({}) routed to {}", ticket.getId(), organizationId, level,
        ticket.getChannel());
    return new TicketCreated(ticket.getId(), ticket.getChannel(), ticket.getStatus(), issue.articles());
  }

  @Transactional(readOnly = true)
  public Page<TicketView> list(UUID organizationId, Pageable pageable) {
    return tickets.findByOrganizationId(organizationId, pageable).map(ticket -> TicketView.of(ticket, null, null,
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
        waitingQuestion(ticketId).map(this::questionOf).orElse(null), history.findByTicketIdOrderByAtAsc(ticketId));
  }

  /**
   * R-SUP-4: the partner accepts the answer (closed) or not (reopened on the same channel, saying why: the
   * comment is required then). Stored on the ticket in its own transaction first, then delivered to the process
   * (architecture.md).
   */
  public TicketView resolve(UUID organizationId, UUID ticketId, boolean accepted, String comment) {
    String why = accepted ? null : text("comment", comment, "say why the answer does not solve the problem");
    transaction.executeWithoutResult(status -> {
      SupportTicket ticket = tickets.findByIdAndOrganizationId(ticketId, organizationId)
          .orElseThrow(() -> new NotFound("Ticket", ticketId));
      Instant now = clock.instant();
      ticket.resolve(accepted, why, now);
      record(ticket, accepted ? Kind.ACCEPTED : Kind.REOPENED,
          accepted ? "The partner accepted the answer" : "The partner did not accept the answer: " + why);
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
    return withHistory(ticket, TicketProcess.channelVariables(channel, assigneeOn(ticket, channel)));
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
    return withHistory(ticket, TicketProcess.channelVariables(to, assigneeOn(ticket, to)));
  }

  /**
   * Process step: staff answered {@code answerTicket}. Who answered (their Camunda user id, or null when
   * unknown) is named in the history and the activity log.
   */
  @Transactional
  public Map<String, Object> answer(UUID ticketId, String answer, String staffMember) {
    SupportTicket ticket = find(ticketId);
    ticket.answer(text(TicketProcess.ANSWER, answer, "give the partner an answer", MAX_ANSWER), clock.instant());
    String by = staffName(staffMember);
    record(ticket, Kind.ANSWERED, "Answered on " + ticket.getChannel() + " by " + by);
    activity.record(ticket.getOrganizationId(), ActorKind.STAFF, by, "SUPPORT_TICKET_ANSWERED", ENTITY_TYPE,
        ticketId, "Support ticket \"" + ticket.getSubject() + "\" answered");
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(TicketProcess.REOPEN_COMMENT, null);
    return withHistory(ticket, variables);
  }

  /**
   * Process step, R-SUP-6: staff asked the partner a question ({@code answer} holds it). The ticket comes back
   * to whoever asked (or stays with its assignee); the decision and the text are cleared for the next round.
   */
  @Transactional
  public Map<String, Object> ask(UUID ticketId, String question, String staffMember, String assignee) {
    SupportTicket ticket = find(ticketId);
    String asked = text(TicketProcess.ANSWER, question, "write the question for the partner");
    String by = staffName(staffMember);
    record(ticket, Kind.ASKED, by + " asked: " + asked);
    activity.record(ticket.getOrganizationId(), ActorKind.STAFF, by, "SUPPORT_TICKET_QUESTION", ENTITY_TYPE,
        ticketId, "Support ticket \"" + ticket.getSubject() + "\": " + by + " asked a question");
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(TicketProcess.QUESTION, asked);
    variables.put(TicketProcess.ASSIGNEE, staffMember != null ? staffMember : assignee);
    variables.put(TicketProcess.DECISION, null);
    variables.put(TicketProcess.ANSWER, null);
    return withHistory(ticket, variables);
  }

  /**
   * R-SUP-6: the partner answers staff's question (any person of the organization): 404 a foreign ticket, 409
   * no question waits, 400 no or too long an answer. The ticket goes back to its channel, same assignee.
   */
  @Transactional
  public TicketView answerQuestion(UUID organizationId, UUID ticketId, String answer) {
    SupportTicket ticket = tickets.findByIdAndOrganizationId(ticketId, organizationId)
        .orElseThrow(() -> new NotFound("Ticket", ticketId));
    Task waiting = waitingQuestion(ticketId).orElseThrow(() -> new BusinessRuleViolation("R-SUP-6",
        "No question of the support staff waits for an answer on this ticket"));
    String given = text(TicketProcess.ANSWER, answer, "answer the question");
    record(ticket, Kind.PARTNER_ANSWERED, "The partner answered: " + given);
    activity.record(organizationId, "SUPPORT_TICKET_QUESTION_ANSWERED", ENTITY_TYPE, ticketId,
        "Support ticket \"" + ticket.getSubject() + "\": the question of the support staff answered");
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(TicketProcess.PARTNER_ANSWER, given);
    variables.put(TicketProcess.QUESTION, null);
    tasks.complete(waiting.getId(), withHistory(ticket, variables));
    log.info("Ticket {}: the partner answered the question of the support staff", ticketId);
    return get(organizationId, ticketId);
  }

  /** Process step, R-SUP-6: staff's question had no answer within 7 days; the ticket closes. */
  @Transactional
  public void closeWithoutAnswer(UUID ticketId) {
    SupportTicket ticket = find(ticketId);
    ticket.closeWithoutAnswer(clock.instant());
    record(ticket, Kind.CLOSED, "No answer to the question of the support staff within 7 days");
    activity.record(ticket.getOrganizationId(), "SUPPORT_TICKET_CLOSED", ENTITY_TYPE, ticketId,
        "Support ticket \"" + ticket.getSubject() + "\" closed: the question was not answered within 7 days");
  }

  /** Process step, R-SUP-3: the lead group was reminded of a ticket that waits at the top. */
  @Transactional
  public Map<String, Object> reminded(UUID ticketId) {
    SupportTicket ticket = find(ticketId);
    record(ticket, Kind.REMINDED, "Still unanswered; " + ticket.getChannel().group() + " reminded");
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
    variables.put(TicketProcess.REOPEN_COMMENT, ticket.getReopenComment());
    return withHistory(ticket, variables);
  }

  /** R-SUP-5: on RTC and concierge the organization's named contact; elsewhere nobody (the group). */
  private String assigneeOn(SupportTicket ticket, SupportChannel channel) {
    return channel.hasNamedContact() ? contacts.contactOf(ticket.getOrganizationId()).orElse(null) : null;
  }

  /** The staff member by name (partners never see a staff user id); "Program staff" when unknown. */
  private String staffName(String staffMember) {
    return staff.displayName(staffMember == null ? "" : staffMember);
  }

  private Optional<Task> waitingQuestion(UUID ticketId) {
    return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(ticketId.toString())
        .taskDefinitionKey(TicketProcess.QUESTION_TASK).singleResult());
  }

  private String questionOf(Task task) {
    Object question = tasks.getVariable(task.getId(), TicketProcess.QUESTION);
    return question == null ? null : question.toString();
  }

  /** R-SUP-4, R-SUP-6: a text the partner or staff must give, at most {@value #MAX_TEXT} characters. */
  static String text(String field, String value, String missing) {
    return text(field, value, missing, MAX_TEXT);
  }

  private static String text(String field, String value, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidField(field, missing);
    }
    if (value.length() > max) {
      throw new InvalidField(field, "is longer than " + max + " characters");
    }
    return value.strip();
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
