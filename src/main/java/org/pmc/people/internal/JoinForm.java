package org.pmc.people.internal;

import java.util.UUID;
import org.pmc.people.internal.AssociationRequest;

/**
 * The public "Ask to join your organization" form ({@code /join}), flat as the page shows it. Its rules are those
 * of {@link AssociationRequest}, which the page validates as the API does.
 */
public class JoinForm {

  private String partnerNumber;
  private UUID locationId;
  private String firstName;
  private String lastName;
  private String email;

  AssociationRequest toRequest() {
    return new AssociationRequest(trimmed(partnerNumber), locationId, firstName, lastName, trimmed(email));
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

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
