package org.pmc.people.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The portal's "Invite one person" form (R-PPL-2): the admin enters the person's details. */
public class InviteOneForm {

  @NotBlank @Size(max = 100)
  private String firstName;
  @NotBlank @Size(max = 100)
  private String lastName;
  @NotBlank @Email @Size(max = 254)
  private String email;
  @NotNull
  private UUID locationId;

  SingleInvite toCommand() {
    return new SingleInvite(firstName, lastName, email.trim(), locationId);
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

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }
}
