package org.pmc.membership.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.membership.internal.Delivery;
import org.pmc.organization.MembershipLevel;

/** A product of the software catalog with what the download page offers for it (R-SW-2). */
public record SoftwareProduct(UUID id, String name, String category, Delivery delivery, List<String> languages,
    List<String> operatingSystems, String systemRequirements, String specialInstructions, boolean requiresKey,
    MembershipLevel minLevel) {

  /** R-MEM-2: a product comes with its minimum level and every level above (levels rank as declared). */
  boolean availableTo(MembershipLevel level) {
    return level.compareTo(minLevel) >= 0;
  }

  boolean isOnlineService() {
    return delivery == Delivery.ONLINE_SERVICE;
  }
}
