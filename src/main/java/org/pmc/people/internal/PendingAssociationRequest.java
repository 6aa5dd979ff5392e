package org.pmc.people.internal;

import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.pmc.notification.PendingConfirmation;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.InviteMethod;

/** R-PPL-3, R-PPL-7: an association request waiting for its confirmation link; it reserves nothing. */
@Entity
class PendingAssociationRequest extends PendingConfirmation {

  private UUID organizationId;
  private UUID locationId;
  private String firstName;
  private String lastName;

  protected PendingAssociationRequest() {}

  PendingAssociationRequest(UUID organizationId, AssociationRequest request, Instant now) {
    super(request.email(), now);
    this.organizationId = organizationId;
    this.locationId = request.locationId();
    this.firstName = request.firstName().trim();
    this.lastName = request.lastName().trim();
  }

  /** The person the click lets in: REQUESTING, waiting for an admin (R-PPL-3). */
  Individual requester(Instant now) {
    return Individual.newcomer(organizationId, locationId, getEmail(), firstName, lastName, InviteMethod.REQUEST,
        now);
  }

  UUID getOrganizationId() {
    return organizationId;
  }

  UUID getLocationId() {
    return locationId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }
}
