package org.pmc.organization;

import java.util.UUID;
import java.util.function.Predicate;
import org.pmc.web.PortalUser;

/**
 * R-ROLE-4: who administers a location, answered by the people capability, which keeps the admins' appointments.
 * Declared here so that the location pages can ask without the organization depending on people.
 */
public interface LocationAdministration {

  /** Throws AccessDeniedException (403) unless the user administers this location. */
  void requireLocation(PortalUser user, UUID locationId);

  /** Which locations of one list the user administers, in a constant number of reads. */
  Predicate<UUID> administered(PortalUser user);
}
