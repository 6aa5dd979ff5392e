package org.pmc.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestStaff;
import org.pmc.TestPartners.Partner;
import org.pmc.organization.MembershipLevel;
import org.pmc.support.internal.NamedContactService;
import org.pmc.support.internal.SupportChannel;
import org.pmc.support.internal.TicketComplexity;
import org.pmc.support.internal.TicketEvent.Kind;
import org.pmc.support.internal.TicketPriority;
import org.pmc.support.internal.TicketStatus;
import org.pmc.support.internal.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What RSC staff do with a ticket on the real engine: the named contact (R-SUP-5), the lead at the top
 * (R-SUP-3), a question to the partner (R-SUP-6), a reopen with its comment (R-SUP-4), Tasklist dates and who
 * answered.
 */
class SupportStaffTest extends TicketTest {

  @Autowired
  TestStaff staff;
  @Autowired
  NamedContactService contacts;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;


  @AfterEach
  void signOutOfTheEngine() {
    identity.clearAuthentication();
  }

  @Test
  @DisplayName("R-SUP-5: an RTC ticket is assigned to the organization's named contact; the ticket shows them by name")
  void namedContactGetsTheRtcTicket() {
    String contact = staff.create("Nora", "Named", "rsc");
    assertThat(contacts.assign(partner.organizationId(), contact, "test").userId()).isEqualTo(contact);

    raise(MembershipLevel.GOLD, "PROGRAM", TicketPriority.LOW, TicketComplexity.LOW);

    assertThat(ticket.channel()).isEqualTo(SupportChannel.RTC);
    assertThat(task()).isAssignedTo(contact);
    assertThat(candidateGroups()).containsExactly("rsc");
    assertThat(view().assignee()).isEqualTo("Nora Named");
    assertThat(activity("NAMED_CONTACT_ASSIGNED")).anyMatch(summary -> summary.contains("Nora Named"));
  }

  @Test
  @DisplayName("R-SUP-5: by default the named contact is the rsc member who is the named contact of the fewest organizations")
  void defaultContactHasTheFewestOrganizations() {
    staff.create("Fay", "Fresh", "rsc");
    Partner registered = partners.register("AT");

    String chosen = jdbc.sql("select user_id from named_contact where organization_id = ?")
        .param(registered.organizationId()).query(String.class).single();
    Map<String, Long> load = new HashMap<>();
    jdbc.sql("select user_id, count(*) from named_contact group by user_id")
        .query(rs -> {
          load.put(rs.getString(1), rs.getLong(2));
        });
    List<String> members = identity.createUserQuery().memberOfGroup("rsc").list().stream().map(User::getId).toList();
    assertThat(members).contains(chosen);
    long before = load.get(chosen) - 1;
    assertThat(members).allSatisfy(member -> assertThat(load.getOrDefault(member, 0L))
        .as("organizations of %s", member).isGreaterThanOrEqualTo(before));
  }

  @Test
  @DisplayName("R-SUP-3, R-SUP-5: at RSC_LEAD the timer reminds the lead group every 8 h; the task and its claim stay; the partner hears of RSC_LEAD once")
  void atTheTopTheLeadIsReminded() {
    String lead = staff.create("Lou", "Lead", "rsc-lead");
    raise(MembershipLevel.NETWORK, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.HIGH);
    fireTimer(instance.getId());
    runDueJobs(instance.getId());
    assertThat(tickets.findById(ticket.id()).orElseThrow().getChannel()).isEqualTo(SupportChannel.RSC_LEAD);
    Task atTheTop = task();
    assertThat(atTheTop).hasCandidateGroup("rsc-lead");
    tasks.claim(atTheTop.getId(), lead);

    for (int reminder = 0; reminder < 3; reminder++) {
      timerDueIn(Duration.ofHours(8));
      fireTimer(instance.getId());
      runDueJobs(instance.getId());
    }

    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list()).singleElement()
        .satisfies(task -> {
          assertThat(task.getId()).isEqualTo(atTheTop.getId());
          assertThat(task.getAssignee()).isEqualTo(lead);
        });
    assertThat(mailTo(TestStaff.email(lead))).extracting(Mails::subject).hasSize(3)
        .allMatch(subject -> subject.startsWith("Reminder: a High support ticket of " + partner.name()));
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .filteredOn(subject -> subject.contains("RSC lead")).containsExactly(
            "Your support ticket was escalated to RSC lead: Service down");
    assertThat(events()).containsExactly(Kind.ROUTED, Kind.ESCALATED, Kind.REMINDED, Kind.REMINDED, Kind.REMINDED);

    identity.setAuthentication(lead, List.of("rsc-lead"));
    tasks.complete(atTheTop.getId(), Map.of("answer", "Fixed at the top."));
    assertThat(instance).hasPassed("groupReminded", "answeredOrAsked", "recordAnswer");
    assertThat(status()).isEqualTo(TicketStatus.ANSWERED);
  }

  @Test
  @DisplayName("R-SUP-6: staff ask; the partner is mailed and answers; the ticket is back on the same channel with the same assignee")
  void staffAskThePartner() {
    String contact = staff.create("Quinn", "Question", "rsc");
    contacts.assign(partner.organizationId(), contact, "test");
    raise(MembershipLevel.GOLD, "PROGRAM", TicketPriority.LOW, TicketComplexity.LOW);
    identity.setAuthentication(contact, List.of("rsc"));
    tasks.complete(task().getId(), Map.of("decision", "ASK", "answer", "Which renewal do you mean?"));
    identity.clearAuthentication();

    assertThat(instance).isWaitingAt("askPartner");
    runDueJobs(instance.getId());
    assertThat(mailTo(partner.adminEmail())).extracting(Mails::subject)
        .containsExactly("Support has a question about your ticket: Service down");
    assertThat(Mails.text(mailTo(partner.adminEmail()).get(0))).contains("Which renewal do you mean?");
    assertThat(instance).isWaitingAt("answerStaffQuestion");
    assertThat(task()).hasCandidateGroup("partner-admins-" + partner.organizationId());
    assertThat(view().question()).isEqualTo("Which renewal do you mean?");

    support.answerQuestion(partner.organizationId(), ticket.id(), "The one in March.");

    assertThat(instance).isWaitingAt("answerTicket");
    assertThat(task()).isAssignedTo(contact);
    assertThat(candidateGroups()).containsExactly("rsc");
    assertThat(tickets.findById(ticket.id()).orElseThrow().getChannel()).isEqualTo(SupportChannel.RTC);
    assertThat(view().question()).isNull();
    assertThat(view().history()).extracting(TicketView.Step::detail)
        .anyMatch(detail -> detail.contains("Quinn Question asked: Which renewal do you mean?"))
        .anyMatch(detail -> detail.contains("The partner answered: The one in March."));
    assertThat(tasks.getVariable(task().getId(), "partnerAnswer")).isEqualTo("The one in March.");
    assertThat(tasks.getVariable(task().getId(), "decision")).isNull();

    tasks.complete(task().getId(), Map.of("answer", "It renews in March."));
    assertThat(status()).isEqualTo(TicketStatus.ANSWERED);
    assertThat(events()).containsExactly(Kind.ROUTED, Kind.ASKED, Kind.PARTNER_ANSWERED, Kind.ANSWERED);
  }

  @Test
  @DisplayName("R-SUP-6: no answer to staff's question within 7 days closes the ticket")
  void unansweredQuestionClosesTheTicket() {
    raise(MembershipLevel.NETWORK, "LICENSING", TicketPriority.LOW, TicketComplexity.LOW);
    tasks.complete(task().getId(), Map.of("decision", "ASK", "answer", "Which product?"));
    runDueJobs(instance.getId());
    timerDueIn(Duration.ofDays(7));

    fireTimer(instance.getId());

    assertThat(instance).isEnded().hasPassed("sevenDaysWithoutAnswer", "closeUnanswered", "closedNoAnswer");
    assertThat(status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(events()).containsExactly(Kind.ROUTED, Kind.ASKED, Kind.CLOSED);
  }

  @Test
  @DisplayName("R-SUP-4: the reopen comment is in the history and on the reopened task")
  void reopenCommentReachesTheTask() {
    raise(MembershipLevel.GOLD, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.HIGH);
    tasks.complete(task().getId(), Map.of("answer", "Restart it."));
    runDueJobs(instance.getId());

    support.resolve(partner.organizationId(), ticket.id(), false, "Restarting did not help.");

    assertThat(instance).isWaitingAt("answerTicket");
    assertThat(tasks.getVariable(task().getId(), "reopenComment")).isEqualTo("Restarting did not help.");
    assertThat(view().history()).extracting(TicketView.Step::detail)
        .contains("The partner did not accept the answer: Restarting did not help.");
  }

  @Test
  @DisplayName("R-SUP-3: the task is due at the channel's response target, with a follow-up at half of it, like the timer")
  void taskDatesFollowTheResponseTarget() {
    raise(MembershipLevel.GOLD, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.LOW);
    assertThat(ticket.channel()).isEqualTo(SupportChannel.LIVE_CHAT);
    Job timer = timerDueIn(SupportChannel.LIVE_CHAT.responseTarget());

    assertThat(task().getDueDate()).isCloseTo(timer.getDuedate(), 60_000);
    assertThat(task().getFollowUpDate().toInstant())
        .isCloseTo(timer.getDuedate().toInstant().minus(Duration.ofMinutes(30)), within(1, ChronoUnit.MINUTES));
    assertThat(task().getDescription()).endsWith("/staff/organizations/" + partner.organizationId());
    assertThat(runtime.getVariables(instance.getId())).containsEntry("organizationName", partner.name())
        .containsEntry("level", "GOLD").containsEntry("priority", "HIGH").containsEntry("channel", "LIVE_CHAT")
        .containsKey("requestedBy");
    assertThat(tasks.getVariableLocal(task().getId(), "staffConsoleUrl").toString())
        .endsWith("/staff/organizations/" + partner.organizationId());
  }

  @Test
  @DisplayName("R-SUP-5: the staff member who answers is named in the ticket's history and the activity log")
  void theAnsweringStaffMemberIsNamed() {
    String answering = staff.create("Ada", "Answer", "support");
    raise(MembershipLevel.ACTION_PACK, "TECHNICAL", TicketPriority.HIGH, TicketComplexity.LOW);
    identity.setAuthentication(answering, List.of("support"));

    tasks.complete(task().getId(), Map.of("decision", "ANSWER", "answer", "Done."));

    assertThat(view().history()).extracting(TicketView.Step::detail).contains("Answered on LIVE_CHAT by Ada Answer");
    assertThat(jdbc.sql("select actor_kind || ' ' || actor from activity where organization_id = ? and type = ?")
        .param(partner.organizationId()).param("SUPPORT_TICKET_ANSWERED").query(String.class).list())
        .containsExactly("STAFF Ada Answer");
  }


  /** The candidate groups the task keeps beside its assignee. */
  private List<String> candidateGroups() {
    return tasks.getIdentityLinksForTask(task().getId()).stream().filter(link -> link.getGroupId() != null)
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
  }

  private List<String> activity(String type) {
    return jdbc.sql("select summary from activity where organization_id = ? and type = ?")
        .param(partner.organizationId()).param(type).query(String.class).list();
  }
}
