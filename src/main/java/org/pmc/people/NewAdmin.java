package org.pmc.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pmc.people.internal.AcceptablePassword;
import org.pmc.people.internal.PasswordChoice;

/** The first global admin of a newly registered organization; the password as the PasswordRule says. */
@AcceptablePassword
public record NewAdmin(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 100) String password) implements PasswordChoice {

  @Override
  public String toString() {
    return "NewAdmin[" + email + "]";
  }
}
