package org.pmc.people;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * R-ROLE-4: who may administer a location. A global admin may act anywhere in the organization; a
 * location admin only on the locations they were given and their sub-locations; members not at all.
 * Callers have already checked that the location belongs to the user's organization.
 */
@Service
public class AdminScope {

  /** Throws AccessDeniedException (403) unless the user administers this location. */
  public void requireLocation(PortalUser user, UUID locationId) {
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new AccessDeniedException("You do not administer this location");
    }
  }

  /** Throws AccessDeniedException (403) unless the user is the organization's global admin. */
  public void requireGlobalAdmin(PortalUser user) {
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new AccessDeniedException("Only a global admin may do this");
    }
  }
}
