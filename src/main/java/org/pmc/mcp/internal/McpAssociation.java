package org.pmc.mcp.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.web.BusinessRuleViolation;

/**
 * An MCP invited by, or associated with, an organization at one of its locations (R-MCP-2). At most
 * one association per MCP is not {@code REMOVED} (a unique index in the database says so too).
 */
@Entity
public class McpAssociation {

  /** The link in the invitation works for 30 days from the (last) invitation. */
  static final Duration INVITATION_VALIDITY = Duration.ofDays(30);

  @Id
  private UUID id;
  private UUID organizationId;
  private UUID locationId;
  @Column(name = "mcp_id")
  private String mcpId;
  /** Read-only: lets lists filter and sort by the professional's name. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "mcp_id", insertable = false, updatable = false)
  private Professional professional;
  @Enumerated(EnumType.STRING)
  private AssociationStatus status;
  private Instant invitedAt;
  private Instant associatedAt;
  @Version
  private long version;

  protected McpAssociation() {}

  /** R-MCP-2: an admin invites an MCP to associate at a location. */
  public McpAssociation(UUID organizationId, UUID locationId, String mcpId, Instant now) {
    this.id = UUID.randomUUID();
    this.organizationId = organizationId;
    this.locationId = locationId;
    this.mcpId = mcpId;
    this.status = AssociationStatus.INVITED;
    this.invitedAt = stored(now);
  }

  Instant invitationExpiresAt() {
    return invitedAt.plus(INVITATION_VALIDITY);
  }

  /** A new invitation mail, with a link good for another 30 days; only while the MCP has not accepted. */
  public void reinvite(Instant now) {
    if (status != AssociationStatus.INVITED) {
      throw new BusinessRuleViolation("R-MCP-2", "MCP " + mcpId + " is " + status + "; only a waiting invitation"
          + " can be sent again");
    }
    this.invitedAt = stored(now);
  }

  /** The MCP accepts through the link. Counts once; returns false when nothing changed. */
  public boolean accept(Instant now) {
    if (status != AssociationStatus.INVITED) {
      return false;
    }
    this.status = AssociationStatus.ASSOCIATED;
    this.associatedAt = stored(now);
    return true;
  }

  /** R-MCP-2: the association's location can be changed later. */
  public void assignTo(UUID newLocationId) {
    if (status == AssociationStatus.REMOVED) {
      throw new BusinessRuleViolation("R-MCP-2", "A removed MCP cannot be assigned to a location");
    }
    this.locationId = newLocationId;
  }

  /** Ends the association (or withdraws the invitation): the MCP is free to associate elsewhere. */
  public void remove() {
    this.status = AssociationStatus.REMOVED;
  }

  /** PostgreSQL keeps microseconds: the answer to a change shows what a later read shows. */
  private static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  public boolean invited() {
    return status == AssociationStatus.INVITED;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public String getMcpId() {
    return mcpId;
  }

  public AssociationStatus getStatus() {
    return status;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getAssociatedAt() {
    return associatedAt;
  }
}
