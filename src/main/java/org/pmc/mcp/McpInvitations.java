package org.pmc.mcp;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.competency.EvidenceChanged;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The MCP's side of an invitation (R-MCP-2): the email with a signed link {@code /m/{token}}, the page
 * behind it (looking changes nothing), and the acceptance, which counts once.
 *
 * <p>The invitation mail is not a process step: it is sent right after the invitation commits. A
 * failing SMTP server therefore cannot lose or undo the invitation; the failure is logged and the
 * admin sends it again ({@code resend-invitation}).
 */
@Service
public class McpInvitations {

  static final String LINK_PURPOSE = "mcp-invitation";

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

  McpInvitations(McpAssociations associations, Professionals professionals, OrganizationService organizations,
      SignedLinks links, OutgoingMail mail, PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events, ActivityLog activity) {
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
   * Sends the invitation once the caller's transaction has committed; the mail is prepared now, while
   * the data can still be read. A rollback sends nothing; a failing send is logged, not thrown.
   */
  void sendAfterCommit(McpAssociation association, Professional professional) {
    Mail invitation = invitation(association, professional);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          mail.send(invitation);
        } catch (RuntimeException e) {
          log.warn("Invitation mail to MCP {} was not sent ({}); the invitation is kept: resend it once mail works",
              association.getMcpId(), e.getMessage());
        }
      }
    });
  }

  /** What the page behind a link shows. Throws InvalidLink for a tampered or expired token. */
  public InvitationPage view(String token) {
    UUID associationId = links.verify(token, LINK_PURPOSE);
    return transaction.execute(status -> page(find(associationId)));
  }

  /** R-MCP-2: the MCP accepts; the first acceptance associates them, later ones show the recorded state. */
  public InvitationPage accept(String token) {
    UUID associationId = links.verify(token, LINK_PURPOSE);
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
    model.put("partnerName", organizations.organization(association.getOrganizationId()).name());
    model.put("locationName", organizations.location(association.getOrganizationId(),
        association.getLocationId()).name());
    model.put("link", link(association));
    model.put("expiresAt", association.invitationExpiresAt());
    return new Mail(professional.getEmail(), model.get("partnerName") + " invites you to associate as an MCP",
        "mcp-invitation", model);
  }

  private InvitationPage page(McpAssociation association) {
    Professional professional = professionals.findById(association.getMcpId()).orElseThrow();
    return new InvitationPage(organizations.organization(association.getOrganizationId()).name(),
        organizations.location(association.getOrganizationId(), association.getLocationId()).name(),
        professional.getMcpId(), professional.getFirstName(), association.getStatus(),
        association.getAssociatedAt(), association.invited());
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
