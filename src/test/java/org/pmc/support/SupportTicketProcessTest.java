package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.organization.MembershipLevel;
import org.pmc.support.internal.SupportCatalog;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.TicketComplexity;
import org.pmc.support.internal.TicketEvent.Kind;
import org.pmc.support.internal.TicketEvent;
import org.pmc.support.internal.TicketPriority;
import org.pmc.support.internal.TicketStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every path of {@code support-ticket} on the real engine (R-SUP-2..4). */
class SupportTicketProcessTest extends TicketTest {

  @Autowired
  FormService forms;
  @Autowired
  MessageSource texts;


  @Test
  @DisplayName("R-SUP-2, R-SUP-4: routed to live chat, answered by support, the partner emailed; accepted → CLOSED")
  void answeredAndAccepted() throws IOException {
    raise(MembershipLevel.ACTION_PACK, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.LOW);
    assertThat(ticket.channel()).isEqualTo(SupportChannel.LIVE_CHAT);
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.suggestions()).extracting(SupportCatalog.Article::url)
        .allMatch(url -> url.startsWith("https://support.pmc.example/"));
    assertThat(instance).isWaitingAt("answerTicket");
    assertThat(task()).hasCandidateGroup("support").hasName("Ticket (HIGH) — " + partner.name() + ": Service down");
    assertThat(new String(forms.getDeployedTaskForm(task().getId()).readAllBytes(), StandardCharsets.UTF_8))
        .contains("\"id\": \"answer-ticket\"", "\"key\": \"answer\"", "\"required\": true");

    answer("Restart the service.");

    assertThat(status()).isEqualTo(TicketStatus.ANSWERED);
    assertThat(instance).isWaitingAt("notifyPartnerAnswered");
    runDueJobs(instance.getId());
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .containsExactly("Your support ticket was answered: Service down");
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(0))).contains("partner number " + partner.partnerNumber());
    assertThat(instance).isWaitingAt("sevenDaysWithoutWord");

    support.resolve(partner.organizationId(), ticket.id(), true, null);

    assertThat(instance).isEnded().hasPassed("partnerResponded", "ticketClosed");
    assertThat(status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(events()).containsExactly(Kind.ROUTED, Kind.ANSWERED, Kind.ACCEPTED);
  }

  @Test
  @DisplayName("R-SUP-4: not accepted → REOPENED on the same channel, answered again")
  void reopenedOnTheSameChannel() {
    raise(MembershipLevel.GOLD, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.HIGH);
    assertThat(ticket.channel()).isEqualTo(SupportChannel.RSC);
    answer("Try this.");
    runDueJobs(instance.getId());

    support.resolve(partner.organizationId(), ticket.id(), false, "It still fails after the restart.");

    assertThat(status()).isEqualTo(TicketStatus.REOPENED);
    assertThat(instance).isWaitingAt("answerTicket");
    assertThat(task()).hasCandidateGroup("rsc");
    assertThat(tickets.findById(ticket.id()).orElseThrow().getChannel()).isEqualTo(SupportChannel.RSC);
    answer("Now try that.");
    assertThat(status()).isEqualTo(TicketStatus.ANSWERED);
    assertThat(events()).containsExactly(Kind.ROUTED, Kind.ANSWERED, Kind.REOPENED, Kind.ANSWERED);
  }

  @Test
  @DisplayName("R-SUP-4: no word from the partner in 7 days → CLOSED")
  void closedAfterSevenDaysWithoutWord() {
    raise(MembershipLevel.NETWORK, "LICENSING", TicketPriority.LOW, TicketComplexity.LOW);
    answer("Here is your key.");
    runDueJobs(instance.getId());
    timerDueIn(Duration.ofDays(7));

    fireTimer(instance.getId());

    assertThat(instance).isEnded().hasPassed("sevenDaysWithoutWord", "settleTicket", "ticketClosed");
    assertThat(status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(events()).containsExactly(Kind.ROUTED, Kind.ANSWERED, Kind.CLOSED);
  }

  @Test
  @DisplayName("R-SUP-3: Network escalates from community (2 days) past the top to the RSC lead")
  void networkEscalationChain() {
    raise(MembershipLevel.NETWORK, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.HIGH);
    assertChain(SupportChannel.COMMUNITY, SupportChannel.RSC_LEAD);
  }

  @Test
  @DisplayName("R-SUP-3: Action Pack escalates community → live chat → RSC → RTC → RSC lead")
  void actionPackEscalationChain() {
    raise(MembershipLevel.ACTION_PACK, "TECHNICAL", TicketPriority.MEDIUM, TicketComplexity.LOW);
    assertChain(SupportChannel.COMMUNITY, SupportChannel.LIVE_CHAT, SupportChannel.RSC, SupportChannel.RTC,
        SupportChannel.RSC_LEAD);
  }

  @Test
  @DisplayName("R-SUP-3: Gold cloud escalates community → live chat → RSC → concierge → RSC lead")
  void goldCloudEscalationChain() {
    raise(MembershipLevel.GOLD_CLOUD, "TECHNICAL", TicketPriority.LOW, TicketComplexity.HIGH);
    assertChain(SupportChannel.COMMUNITY, SupportChannel.LIVE_CHAT, SupportChannel.RSC,
        SupportChannel.CONCIERGE, SupportChannel.RSC_LEAD);
  }

  @Test
  @DisplayName("R-SUP-2, R-SUP-3: a Gold cloud program question goes to the concierge (4 h), then the RSC lead")
  void programQuestionGoesToTheNamedContact() {
    raise(MembershipLevel.GOLD_CLOUD, "PROGRAM", TicketPriority.LOW, TicketComplexity.LOW);
    assertChain(SupportChannel.CONCIERGE, SupportChannel.RSC_LEAD);
  }

  /** The channel as an English mail names it (the bundle's SupportChannel.<VALUE>). */
  private String label(SupportChannel channel) {
    return texts.getMessage("SupportChannel." + channel.name(), null, java.util.Locale.ENGLISH);
  }

  /** Checks the channel, group and response target at each step, firing the timer between steps. */
  private void assertChain(SupportChannel... chain) {
    for (int step = 0; step < chain.length; step++) {
      SupportChannel channel = chain[step];
      assertThat(instance).isWaitingAt("answerTicket");
      assertThat(tickets.findById(ticket.id()).orElseThrow().getChannel()).isEqualTo(channel);
      // the channel's group stays a candidate even where the named contact is assigned (R-SUP-5)
      assertThat(tasks.getIdentityLinksForTask(task().getId()))
          .anyMatch(link -> channel.group().equals(link.getGroupId()));
      timerDueIn(channel.responseTarget());
      if (step < chain.length - 1) {
        fireTimer(instance.getId());
        assertThat(instance).isWaitingAt("notifyPartnerEscalated");
        runDueJobs(instance.getId());
        assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
            .contains("Your support ticket was escalated to " + label(chain[step + 1]) + ": Service down");
      }
    }
    List<TicketEvent> history = support.get(partner.organizationId(), ticket.id()).history().stream()
        .map(s -> new TicketEvent(ticket.id(), s.at(), s.event(), s.channel(), s.detail())).toList();
    assertThat(history).extracting(TicketEvent::getEvent).first().isEqualTo(Kind.ROUTED);
    assertThat(history).extracting(TicketEvent::getChannel).containsExactly(chain);
    assertThat(history).extracting(TicketEvent::getAt).isSorted().doesNotContainNull();
  }


  private void answer(String text) {
    tasks.complete(task().getId(), Map.of("answer", text));
  }
}
