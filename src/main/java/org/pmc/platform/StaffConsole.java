package org.pmc.platform;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where staff look at an organization: its page in the staff console, for Tasklist tasks and staff mails. */
@Component("staffConsoleLinks")
public class StaffConsole {

  private final String organizationPages;

  StaffConsole(@Value("${pmc.public-url}") String publicUrl) {
    this.organizationPages = publicUrl.replaceAll("/+$", "") + "/staff/organizations/";
  }

  public String organizationUrl(UUID organizationId) {
    return organizationPages + organizationId;
  }
}
