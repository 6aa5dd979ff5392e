package org.pmc.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reset page's form: the new password twice (the PasswordRule is checked by PasswordResets). */
public class NewPasswordForm {

  @NotBlank @Size(max = 200)
  private String password;
  @NotBlank @Size(max = 200)
  private String confirm;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }
}
