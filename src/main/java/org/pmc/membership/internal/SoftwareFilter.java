package org.pmc.membership.internal;

import java.util.Locale;
import java.util.UUID;
import org.pmc.membership.internal.Delivery;

/**
 * R-SW-2: filters of the software list. {@code product} is part of the name and {@code category} the
 * whole category, both in any case; {@code locationId} only chooses where the caller's privilege is
 * checked (R-SW-1), since the catalog is the same at every location of the organization.
 */
public record SoftwareFilter(String product, String category, UUID locationId, Delivery delivery) {

  boolean matches(SoftwareProduct candidate) {
    return (isBlank(product) || lower(candidate.name()).contains(lower(product.trim())))
        && (isBlank(category) || candidate.category().equalsIgnoreCase(category.trim()))
        && (delivery == null || candidate.delivery() == delivery);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
