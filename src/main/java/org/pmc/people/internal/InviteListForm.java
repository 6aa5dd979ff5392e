package org.pmc.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The portal's "Invite Multiple People" form (R-PPL-1). Shorter than the API's list: a form post is limited
 * to 64 KB (server.tomcat.max-http-form-post-size), which 50,000 characters stay within once encoded.
 */
public class InviteListForm {

  static final int MAX_LENGTH = 50_000;

  @NotBlank(message = "list at least one email address")
  @Size(max = MAX_LENGTH, message = "is longer than 50,000 characters; split it, or use the API")
  private String emails;
  @NotNull
  private UUID locationId;

  InviteMultiple toCommand() {
    return new InviteMultiple(emails, locationId);
  }

  public String getEmails() {
    return emails;
  }

  public void setEmails(String emails) {
    this.emails = emails;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }
}
