package org.pmc.people.internal;

import jakarta.persistence.Entity;
import java.time.Instant;
import org.pmc.notification.PendingConfirmation;
import org.pmc.organization.Country;
import org.pmc.people.internal.Founder;

/** R-PPL-7: a registration waiting for its confirmation link; the admin's password only as its hash. */
@Entity
public class PendingRegistration extends PendingConfirmation {

  private String name;
  private String country;
  private String firstName;
  private String lastName;
  private String passwordHash;

  protected PendingRegistration() {}

  public PendingRegistration(String name, Country country, Founder founder, Instant now) {
    super(founder.email(), now);
    this.name = name.trim();
    this.country = country.code();
    this.firstName = founder.firstName().trim();
    this.lastName = founder.lastName().trim();
    this.passwordHash = founder.passwordHash();
  }

  public Founder founder() {
    return new Founder(firstName, lastName, getEmail(), passwordHash);
  }

  public String getName() {
    return name;
  }

  public String getCountry() {
    return country;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }
}
