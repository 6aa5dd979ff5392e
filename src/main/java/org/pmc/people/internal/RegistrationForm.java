package org.pmc.people.internal;

import org.pmc.people.NewAdmin;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.internal.PersonForm;

/**
 * The portal's "Register your organization" form, flat as the page shows it. It carries no rules of its own:
 * they are those of {@link RegisterOrganization}, which the page validates as the API does.
 */
public class RegistrationForm extends PersonForm {

  private String name;
  private String country;
  private String password;

  RegisterOrganization toCommand() {
    return new RegisterOrganization(name, country, new NewAdmin(getFirstName(), getLastName(), getEmail(), password));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Never the password, should the form end up in a log line. */
  @Override
  public String toString() {
    return "RegistrationForm[" + name + ", " + getEmail() + "]";
  }
}
