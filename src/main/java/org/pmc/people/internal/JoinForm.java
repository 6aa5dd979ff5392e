package org.pmc.people.internal;

import java.util.UUID;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.PersonForm;

/**
 * The public "Ask to join your organization" form ({@code /join}), flat as the page shows it. Its rules are those
 * of {@link AssociationRequest}, which the page validates as the API does.
 */
public class JoinForm extends PersonForm {

  private String partnerNumber;
  private UUID locationId;

  AssociationRequest toRequest() {
    return new AssociationRequest(trimmed(partnerNumber), locationId, getFirstName(), getLastName(),
        trimmed(getEmail()));
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }

  public String getPartnerNumber() {
    return partnerNumber;
  }

  public void setPartnerNumber(String partnerNumber) {
    this.partnerNumber = partnerNumber;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }
}
