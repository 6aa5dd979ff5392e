package org.pmc.support.internal;

import java.time.Duration;
import java.util.List;
import org.pmc.organization.MembershipLevel;

/**
 * The channels a ticket can be on (R-SUP-1), each with the Camunda group that answers it and its
 * response target (R-SUP-3, decided). {@code RSC_LEAD} is where a ticket goes past the top channel.
 */
public enum SupportChannel {
  COMMUNITY("support", Duration.ofDays(2)),
  LIVE_CHAT("support", Duration.ofHours(1)),
  RSC("rsc", Duration.ofHours(8)),
  RTC("rsc", Duration.ofHours(4)),
  CONCIERGE("rsc", Duration.ofHours(4)),
  RSC_LEAD("rsc-lead", Duration.ofHours(8));

  private final String group;
  private final Duration responseTarget;

  SupportChannel(String group, Duration responseTarget) {
    this.group = group;
    this.responseTarget = responseTarget;
  }

  /** The candidate group of {@code answerTicket} on this channel. */
  public String group() {
    return group;
  }

  /** R-SUP-5: RTC and concierge tickets go to the organization's named contact. */
  public boolean hasNamedContact() {
    return this == RTC || this == CONCIERGE;
  }

  /** R-SUP-3: how long the channel has to answer before the ticket escalates. */
  public Duration responseTarget() {
    return responseTarget;
  }

  /** R-SUP-1: the channels a level has, lowest first (self help is not a ticket channel). */
  static List<SupportChannel> channelsOf(MembershipLevel level) {
    return switch (level) {
      case NETWORK -> List.of(COMMUNITY);
      case ACTION_PACK, SILVER, GOLD -> List.of(COMMUNITY, LIVE_CHAT, RSC, RTC);
      case GOLD_CLOUD -> List.of(COMMUNITY, LIVE_CHAT, RSC, CONCIERGE);
    };
  }

  /**
   * R-SUP-3: the next higher channel the level has; past the top, {@code RSC_LEAD}; the lead stays the
   * lead.
   */
  SupportChannel escalatedFor(MembershipLevel level) {
    List<SupportChannel> channels = channelsOf(level);
    int at = channels.indexOf(this);
    if (this == RSC_LEAD || at < 0 || at == channels.size() - 1) {
      return RSC_LEAD;
    }
    return channels.get(at + 1);
  }
}
