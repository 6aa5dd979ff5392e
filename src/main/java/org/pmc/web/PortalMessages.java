package org.pmc.web;

import java.util.Map;

/** How a portal page words a refusal: the rule's message with its id, or the field and what is wrong with it. */
public final class PortalMessages {

  private static final Map<String, String> FIELD_LABELS = Map.of(
      "locationId", "The location",
      "locationIds", "The locations",
      "parentId", "The parent location",
      "emails", "The list of addresses",
      "country", "The country");

  private PortalMessages() {}

  /** "An organization keeps at least one global admin (R-ROLE-4)". */
  public static String of(BusinessRuleViolation e) {
    return e.getMessage() + " (" + e.rule() + ")";
  }

  /** "The location is not an active location of this organization". */
  public static String of(InvalidField e) {
    return FIELD_LABELS.getOrDefault(e.field(), e.field()) + " " + e.getMessage();
  }
}
