package org.pmc.demo.internal;

import java.util.Map;
import java.util.UUID;

/** A demo organization as its pieces need it: who its admin is and its locations by city. */
record DemoPartner(UUID organizationId, String adminEmail, Map<String, UUID> locations) {

  UUID location(String city) {
    return locations.get(city);
  }
}
