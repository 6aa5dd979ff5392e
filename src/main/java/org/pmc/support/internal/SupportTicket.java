package org.pmc.support.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportChannel;
import org.pmc.web.BusinessRuleViolation;

/** A partner's support ticket (R-SUP-2..4): its channel moves only up, its status as the rules say. */
@Entity
@Table(name = "support_ticket")
public class SupportTicket {

  @Id
  private UUID id;
  private UUID organizationId;
  private UUID raisedBy;
  private String category;
  private String topic;
  private String issue;
  @Enumerated(EnumType.STRING)
  private TicketPriority priority;
  @Enumerated(EnumType.STRING)
  private TicketComplexity complexity;
  private String subject;
  private String description;
  @Enumerated(EnumType.STRING)
  private SupportChannel channel;
  @Enumerated(EnumType.STRING)
  private TicketStatus status;
  private String answer;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant answeredAt;
  private Instant closedAt;
  private String reopenComment;
  @Version
  private Long version;

  protected SupportTicket() {}

  SupportTicket(UUID organizationId, UUID raisedBy, NewTicket details, Instant now) {
    this.id = UUID.randomUUID();
    this.organizationId = organizationId;
    this.raisedBy = raisedBy;
    this.category = details.category();
    this.topic = details.topic();
    this.issue = details.issue();
    this.priority = details.priority();
    this.complexity = details.complexity();
    this.subject = details.subject().trim();
    this.description = details.description().trim();
    this.status = TicketStatus.OPEN;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** R-SUP-2: the channel the decision chose. */
  void route(SupportChannel channel, Instant now) {
    this.channel = channel;
    this.updatedAt = now;
  }

  /** R-SUP-3: the response target passed; the ticket moves to the next channel. */
  void escalate(SupportChannel next, Instant now) {
    this.channel = next;
    this.updatedAt = now;
  }

  /** Staff answered in Tasklist. */
  void answer(String answer, Instant now) {
    if (status != TicketStatus.OPEN && status != TicketStatus.REOPENED) {
      throw new BusinessRuleViolation("R-SUP-4", "A ticket that is " + status + " cannot be answered");
    }
    this.answer = answer;
    this.status = TicketStatus.ANSWERED;
    this.answeredAt = now;
    this.updatedAt = now;
  }

  /**
   * R-SUP-4: the partner accepts (closed) or not (reopened on the same channel, with why); only an answered
   * ticket.
   */
  void resolve(boolean accepted, String comment, Instant now) {
    if (status != TicketStatus.ANSWERED) {
      throw new BusinessRuleViolation("R-SUP-4", "Only an answered ticket can be accepted or reopened; this one is "
          + status);
    }
    this.status = accepted ? TicketStatus.CLOSED : TicketStatus.REOPENED;
    this.reopenComment = accepted ? null : comment;
    this.updatedAt = now;
    if (accepted) {
      this.closedAt = now;
    }
  }

  /** R-SUP-4: no word in 7 days. Returns false when the partner's word arrived first. */
  boolean closeUnanswered(Instant now) {
    if (status != TicketStatus.ANSWERED) {
      return false;
    }
    status = TicketStatus.CLOSED;
    closedAt = now;
    updatedAt = now;
    return true;
  }

  /** R-SUP-6: staff asked and the partner gave no answer within 7 days. */
  void closeWithoutAnswer(Instant now) {
    status = TicketStatus.CLOSED;
    closedAt = now;
    updatedAt = now;
  }

  public String getReopenComment() {
    return reopenComment;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public UUID getRaisedBy() {
    return raisedBy;
  }

  public String getCategory() {
    return category;
  }

  public String getTopic() {
    return topic;
  }

  public String getIssue() {
    return issue;
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public TicketComplexity getComplexity() {
    return complexity;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public SupportChannel getChannel() {
    return channel;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
