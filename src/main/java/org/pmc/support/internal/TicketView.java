package org.pmc.support.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.SupportTicket;
import org.pmc.support.internal.TicketComplexity;
import org.pmc.support.internal.TicketEvent;
import org.pmc.support.internal.TicketPriority;
import org.pmc.support.internal.TicketStatus;

/**
 * A ticket as the API and the portal show it, with its history (R-SUP-3) and the question of the support staff
 * that waits for the partner's answer, if any (R-SUP-6).
 */
public record TicketView(UUID id, String category, String topic, String issue, TicketPriority priority,
    TicketComplexity complexity, String subject, String description, SupportChannel channel,
    TicketStatus status, String assignee, String answer, String question, Instant createdAt, List<Step> history) {

  /** One recorded step. */
  public record Step(Instant at, TicketEvent.Kind event, SupportChannel channel, String detail) {

    static Step of(TicketEvent event) {
      return new Step(event.getAt(), event.getEvent(), event.getChannel(), event.getDetail());
    }
  }

  static TicketView of(SupportTicket ticket, String assignee, String question, List<TicketEvent> history) {
    return new TicketView(ticket.getId(), ticket.getCategory(), ticket.getTopic(), ticket.getIssue(),
        ticket.getPriority(), ticket.getComplexity(), ticket.getSubject(), ticket.getDescription(),
        ticket.getChannel(), ticket.getStatus(), assignee, ticket.getAnswer(), question, ticket.getCreatedAt(),
        history.stream().map(Step::of).toList());
  }
}
