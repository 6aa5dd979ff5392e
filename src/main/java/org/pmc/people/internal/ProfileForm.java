package org.pmc.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pmc.people.PasswordRule;
import org.pmc.people.internal.InvitationPageController;

/** The invitation page's form: the person's own details and a password to sign in with. */
public class ProfileForm {

  @NotBlank @Size(max = 100)
  private String firstName;
  @NotBlank @Size(max = 100)
  private String lastName;
  /** Also checked against the PasswordRule, which needs the person's address (InvitationPageController). */
  @NotBlank @Size(max = 100)
  private String password;

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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
