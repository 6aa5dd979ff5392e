package org.pmc.people.internal;

/** A form's fields for a person who signs up: their name and address, as the page shows them. */
public class PersonForm {

  private String firstName;
  private String lastName;
  private String email;

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
