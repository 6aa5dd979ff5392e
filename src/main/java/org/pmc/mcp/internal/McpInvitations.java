package org.pmc.mcp.internal;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.competency.EvidenceChanged;
import org.pmc.mcp.McpService;
import org.pmc.mcp.internal.InvitationPage;
import org.pmc.mcp.internal.McpAssociation;
import org.pmc.mcp.internal.McpAssociations;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.RecipientLanguages;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.platform.ProcessMessages;
import org.pmc.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The MCP's side of an invitation (R-MCP-2): the email with a signed link {@code /m/{token}}, the page
 * behind it (looking changes nothing), and the acceptance, which counts once.
 *
 * <p>The invitation mail is the one step of the process {@code mcp-invitation} (issue 14), started in the
 * transaction that stores the invitation: it leaves from a job after commit, off the web thread, and a failing
 * SMTP server is retried like every other mail ({@code R6/PT5M}, then an incident), never lost. The acceptance
 * and a resend end the instance by message, so one waiting invitation is one open instance (the partner's
 * requests page lists its open instances).
 */
@Service
public class McpInvitations {

  public static final String LINK_PURPOSE = "mcp-invitation";
  public static final String PROCESS = "mcp-invitation";
  static final String ACCEPTED = "mcpInvitationAccepted";
  static final String RESENT = "mcpInvitationResent";
  /** Issue 14 (3): fixed; the organization's chosen name is quoted in the body only. */
  static final Mail.Subject INVITATION_SUBJECT = Mail.Subject.of("mail.mcpInvitation.subject");

  private static final Logger log = LoggerFactory.getLogger(McpInvitations.class);

  private final McpAssociations associations;
  private final Professionals professionals;
  private final OrganizationService organizations;
  private final SignedLinks links;
  private final OutgoingMail mail;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ActivityLog activity;
  private final RuntimeService runtime;
  private final ProcessMessages messages;
  private final ObjectProvider<RecipientLanguages> recipients;

  McpInvitations(McpAssociations associations, Professionals professionals, OrganizationService organizations,
      SignedLinks links, OutgoingMail mail, PlatformTransactionManager transactions, Clock clock,
      ApplicationEventPublisher events, ActivityLog activity, RuntimeService runtime, ProcessMessages messages,
      ObjectProvider<RecipientLanguages> recipients) {
    this.recipients = recipients;
    this.runtime = runtime;
    this.messages = messages;
    this.activity = activity;
    this.events = events;
    this.associations = associations;
    this.professionals = professionals;
    this.organizations = organizations;
    this.links = links;
    this.mail = mail;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** The link in the invitation: bound to this association, good for 30 days from the invitation. */
  String link(McpAssociation association) {
    return links.url("/m", LINK_PURPOSE, association.getId(), association.invitationExpiresAt());
  }

  /**
   * Issue 14: starts {@code mcp-invitation} in the caller's transaction; its asynchronous step sends the mail
   * ({@link #sendNow}) once the invitation has committed. A rollback sends nothing. An invitation sent again
   * ends its earlier instance first, so one invitation has one open instance (one line on the requests page).
   */
  public void send(McpAssociation association, String email) {
    messages.deliver(RESENT, association.getId().toString());
    // organizationId and requestTitle: the organization's requests page lists the invitation (requests module).
    runtime.startProcessInstanceByKey(PROCESS, association.getId().toString(), Map.of(
        "lapsesAt", Date.from(association.invitationExpiresAt()),
        "organizationId", association.getOrganizationId().toString(),
        "requestTitle", "Invitation of " + email + " as MCP"));
  }

  /**
   * R-PPL-7: the process step when the link expires: an invitation still unanswered lapses, and the MCP may
   * associate elsewhere. One sent again meanwhile expires later and stays; accepted or withdrawn ones too.
   */
  @Transactional
  public void lapse(UUID associationId) {
    associations.findById(associationId).filter(McpAssociation::invited)
        .filter(association -> !association.invitationExpiresAt().isAfter(clock.instant()))
        .ifPresentOrElse(association -> {
          association.remove();
          activity.record(association.getOrganizationId(), "MCP_INVITATION_LAPSED", McpService.ENTITY_TYPE,
              association.getId(), "The invitation of MCP " + association.getMcpId() + " lapsed unanswered");
          log.info("Invitation {} of MCP {} lapsed unanswered", associationId, association.getMcpId());
        }, () -> log.info("Invitation {} answered, withdrawn or sent again: it does not lapse now", associationId));
  }

  /** The process step: mails the invitation as it stands now, unless it was withdrawn or accepted meanwhile. */
  void sendNow(UUID associationId) {
    associations.findById(associationId).filter(McpAssociation::invited).ifPresentOrElse(
        association -> mail.send(invitation(association,
            professionals.findById(association.getMcpId()).orElseThrow())),
        () -> log.info("Invitation {} is no longer waiting: its mail is not sent", associationId));
  }

  /** What the page behind a link shows. Throws InvalidLink for a tampered or expired token. */
  public InvitationPage view(String token) {
    UUID associationId = links.verify(token, LINK_PURPOSE);
    return transaction.execute(status -> page(find(associationId)));
  }

  /** R-MCP-2: the MCP accepts; the first acceptance associates them, later ones show the recorded state. */
  public InvitationPage accept(String token) {
    return accept(links.verify(token, LINK_PURPOSE));
  }

  /** The same acceptance, for an invitation known by its id rather than its link (the demo organization's MCPs). */
  public InvitationPage accept(UUID associationId) {
    boolean changed;
    try {
      changed = Boolean.TRUE.equals(transaction.execute(status -> {
        McpAssociation association = find(associationId);
        boolean accepted = association.accept(clock.instant());
        if (accepted) {
          // R-COMP-3
          events.publishEvent(EvidenceChanged.at(association.getOrganizationId(), association.getLocationId()));
          activity.record(association.getOrganizationId(), ActorKind.PARTNER, association.getMcpId(),
              "MCP_ASSOCIATED", McpService.ENTITY_TYPE, association.getId(),
              "MCP " + association.getMcpId() + " accepted the invitation");
          // The invitation's process ends with the acceptance, or it stays open (and listed) until the link expires.
          messages.deliver(ACCEPTED, association.getId().toString());
        }
        return accepted;
      }));
    } catch (OptimisticLockingFailureException concurrentChange) {
      changed = false; // a simultaneous click, or the admin, changed it first: show what is recorded
    }
    if (changed) {
      log.info("MCP accepted association {}", associationId);
    }
    return transaction.execute(status -> page(find(associationId)));
  }

  private Mail invitation(McpAssociation association, Professional professional) {
    Map<String, Object> model = new HashMap<>();
    model.put("firstName", professional.getFirstName());
    model.put("mcpId", professional.getMcpId());
    OrganizationView organization = organizations.organization(association.getOrganizationId());
    model.put("partnerName", organization.name());
    model.put("locationName", organizations.location(association.getOrganizationId(),
        association.getLocationId()).name());
    model.put("link", link(association));
    model.put("expiresAt", association.invitationExpiresAt());
    model.put("quotedPartnerName", Mail.quoted(organization.name())); // its location line: the template's
    return new Mail(professional.getEmail(), INVITATION_SUBJECT, "mcp-invitation", model)
        .in(languageOf(professional, organization));
  }

  /**
   * R-LOC: a professional who is a partner's person reads their own language; anyone else (no language of theirs
   * is known) the inviting organization's. The mail and the page behind its link agree.
   */
  private Locale languageOf(Professional professional, OrganizationView organization) {
    return Optional.ofNullable(recipients.getIfAvailable())
        .flatMap(languages -> languages.of(professional.getEmail()))
        .map(RecipientLanguages.Reader::language)
        .orElseGet(() -> Languages.orDefault(organization.language()));
  }

  private InvitationPage page(McpAssociation association) {
    Professional professional = professionals.findById(association.getMcpId()).orElseThrow();
    OrganizationView organization = organizations.organization(association.getOrganizationId());
    return new InvitationPage(organization.name(),
        organizations.location(association.getOrganizationId(), association.getLocationId()).name(),
        professional.getMcpId(), professional.getFirstName(), association.getStatus(),
        association.getAssociatedAt(), association.invited(), languageOf(professional, organization));
  }

  private McpAssociation find(UUID associationId) {
    return associations.findById(associationId).orElseThrow(UnknownInvitation::new);
  }

  /** The link is well signed but its invitation is gone. */
  public static class UnknownInvitation extends RuntimeException {
    UnknownInvitation() {
      super("This invitation no longer exists.");
    }
  }
}
