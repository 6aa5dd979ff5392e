package org.pmc.people.internal;

import org.pmc.people.NewAdmin;
import org.pmc.people.RegisterOrganization;

/**
 * The portal's "Register your organization" form, flat as the page shows it. It carries no rules of its own:
 * they are those of {@link RegisterOrganization}, which the page validates as the API does.
 */
public class RegistrationForm {

  private String name;
  private String country;
  private String firstName;
  private String lastName;
  private String email;
  private String password;

  RegisterOrganization toCommand() {
    return new RegisterOrganization(name, country, new NewAdmin(firstName, lastName, email, password));
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Never the password, should the form end up in a log line. */
  @Override
  public String toString() {
    return "RegistrationForm[" + name + ", " + email + "]";
  }
}
