package org.pmc.support.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.pmc.support.internal.SupportChannel;

/** One step in a ticket's history, with its time (R-SUP-3). */
@Entity
@Table(name = "ticket_history")
public class TicketEvent {

  /** What happened to the ticket. */
  public enum Kind {
    ROUTED, ESCALATED, ANSWERED, ACCEPTED, REOPENED, CLOSED,
    /** R-SUP-6: staff asked the partner a question; the partner answered it. */
    ASKED, PARTNER_ANSWERED,
    /** R-SUP-3: the lead group was reminded of a ticket at the top. */
    REMINDED
  }

  @Id
  private UUID id;
  private UUID ticketId;
  private Instant at;
  @Enumerated(EnumType.STRING)
  private Kind event;
  @Enumerated(EnumType.STRING)
  private SupportChannel channel;
  private String detail;

  protected TicketEvent() {}

  public TicketEvent(UUID ticketId, Instant at, Kind event, SupportChannel channel, String detail) {
    this.id = UUID.randomUUID();
    this.ticketId = ticketId;
    this.at = at;
    this.event = event;
    this.channel = channel;
    this.detail = detail;
  }

  public UUID getTicketId() {
    return ticketId;
  }

  public Instant getAt() {
    return at;
  }

  public Kind getEvent() {
    return event;
  }

  public SupportChannel getChannel() {
    return channel;
  }

  public String getDetail() {
    return detail;
  }
}
