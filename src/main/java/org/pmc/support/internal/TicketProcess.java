package org.pmc.support.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.organization.MembershipLevel;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.SupportTicket;
import org.springframework.stereotype.Component;

/**
 * The {@code support-ticket} process as the rest of the code sees it: its names, how an instance starts,
 * and how the partner's word reaches it. The business key is the ticket id. The partner's acceptance is
 * stored on the ticket before it is correlated; a missed one is delivered again by the redelivery.
 *
 * <p>Staff complete {@code answerTicket} with {@code decision} ({@code ANSWER} or {@code ASK}, absent means
 * {@code ANSWER}) and {@code answer} (the answer, or the question to the partner, R-SUP-6). A question waits in
 * {@code answerStaffQuestion} for the organization's admins (portal Tasks) or anyone of the organization (the
 * ticket's page, the API), then the ticket is back on its channel with the same assignee.
 */
@Component
public class TicketProcess implements StoredAnswers {

  public static final String KEY = "support-ticket";
  static final String RESOLUTION_MESSAGE = "ticketResolution";
  static final String ANSWER_TASK = "answerTicket";
  static final String QUESTION_TASK = "answerStaffQuestion";
  static final String LEVEL = "level";
  static final String CHANNEL = "channel";
  static final String CANDIDATE_GROUP = "candidateGroup";
  static final String ASSIGNEE = "ticketAssignee";
  static final String RESPONSE_TARGET = "responseTarget";
  static final String HISTORY = "history";
  static final String ANSWER = "answer";
  static final String DECISION = "decision";
  static final String ASK = "ASK";
  static final String ANSWER_DECISION = "ANSWER";
  static final String QUESTION = "question";
  static final String PARTNER_ANSWER = "partnerAnswer";
  static final String STAFF_MEMBER = "staffMember";
  static final String REOPEN_COMMENT = "reopenComment";
  static final String ACCEPTED = "accepted";

  private final RuntimeService runtime;
  private final ProcessMessages messages;

  TicketProcess(RuntimeService runtime, ProcessMessages messages) {
    this.runtime = runtime;
    this.messages = messages;
  }

  /**
   * Starts in the caller's transaction; the decision and the routing step run before it returns. The variables
   * besides the routing ones are Tasklist's columns and the answer form's fields.
   */
  void start(SupportTicket ticket, MembershipLevel level, String organizationName, String requestedBy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ticketId", ticket.getId().toString());
    variables.put("organizationId", ticket.getOrganizationId().toString());
    variables.put("organizationName", organizationName);
    variables.put("requestedBy", requestedBy);
    variables.put(LEVEL, level.name());
    variables.put("category", ticket.getCategory());
    variables.put("topic", ticket.getTopic());
    variables.put("issue", ticket.getIssue());
    variables.put("priority", ticket.getPriority().name());
    variables.put("complexity", ticket.getComplexity().name());
    variables.put("subject", ticket.getSubject());
    variables.put("description", ticket.getDescription());
    // The partner's requests page lists the ticket under this title (requests module).
    variables.put("requestTitle", "Ticket: " + ticket.getSubject());
    runtime.startProcessInstanceByKey(KEY, ticket.getId().toString(), variables);
  }

  /**
   * What {@code answerTicket} and its boundary timer need for the ticket's channel (R-SUP-3): the group, the
   * response target, and the assignee (the named contact on RTC and concierge, R-SUP-5; else nobody).
   */
  static Map<String, Object> channelVariables(SupportChannel channel, String assignee) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHANNEL, channel.name());
    variables.put(CANDIDATE_GROUP, channel.group());
    variables.put(RESPONSE_TARGET, channel.responseTarget().toString());
    variables.put(ASSIGNEE, assignee);
    return variables;
  }

  /** Delivers the stored acceptance; no waiting instance is not an error. */
  void deliverResolution(UUID ticketId) {
    messages.deliver(RESOLUTION_MESSAGE, ticketId.toString());
  }

  @Override
  public String message() {
    return RESOLUTION_MESSAGE;
  }

  /** Accepted or reopened: the partner's word was stored. */
  @Override
  public Source source() {
    return new Source("support_ticket", "id", "status in ('CLOSED', 'REOPENED')");
  }
}
