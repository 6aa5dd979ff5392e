package org.pmc.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first global admin of a newly registered organization. */
public record NewAdmin(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(min = 8, max = 100) String password) {

  @Override
  public String toString() {
    return "NewAdmin[" + email + "]";
  }
}
