package org.pmc.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pmc.web.Languages;

/**
 * What a person changes on My profile ({@code PUT /api/me} and the portal page's form). Phone, language
 * and time zone may be left empty.
 */
public class ProfileChange {

  @NotBlank @Size(max = 100)
  private String firstName;
  @NotBlank @Size(max = 100)
  private String lastName;
  @Size(max = 30) @Pattern(regexp = "[+0-9 ()./-]*", message = "may hold only digits, spaces and + ( ) . / -")
  private String phone;
  @Pattern(regexp = "(" + Languages.CODES + ")?", message = "must be one of en, de, fr, es, ja")
  private String language;
  @Size(max = 64) @KnownTimeZone
  private String timeZone;

  static ProfileChange of(Individual person) {
    ProfileChange change = new ProfileChange();
    change.firstName = person.getFirstName();
    change.lastName = person.getLastName();
    change.phone = person.getPhone();
    change.language = person.getLanguage();
    change.timeZone = person.getTimeZone();
    return change;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
