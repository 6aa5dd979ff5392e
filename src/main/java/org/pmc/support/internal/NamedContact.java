package org.pmc.support.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** R-SUP-5: the member of {@code rsc} who answers an organization's RTC and concierge tickets. */
@Entity
@Table(name = "named_contact")
public class NamedContact {

  @Id
  private UUID organizationId;
  private String userId;
  private Instant assignedAt;
  private String assignedBy;

  protected NamedContact() {}

  NamedContact(UUID organizationId, String userId, Instant assignedAt, String assignedBy) {
    this.organizationId = organizationId;
    assign(userId, assignedAt, assignedBy);
  }

  void assign(String userId, Instant assignedAt, String assignedBy) {
    this.userId = userId;
    this.assignedAt = assignedAt;
    this.assignedBy = assignedBy;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public String getUserId() {
    return userId;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
