package org.pmc.web.openapi;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's operations grouped as the portal groups them: one tag per capability, i.e. per package of the
 * application (development.md, "Project layout"), whatever sub-package a controller is in.
 */
final class Capabilities {

  private static final String ROOT = "org.pmc.";

  private static final List<Tag> TAGS = List.of(
      tag("Organizations", "Registration, the organization, its locations and their hierarchy, partner lookup, mail "
          + "quota"),
      tag("People", "People of the organization: invitations, association requests, program contacts, privileges, "
          + "admins, tasks"),
      tag("Competencies", "The competency catalog and the organization's standing"),
      tag("MCPs", "Microsoft Certified Professionals: invitations, association, the certification registry"),
      tag("Customer references", "References that customers confirm"),
      tag("Membership", "License statement, software downloads, product keys, membership level"),
      tag("Orders and billing", "ABTK, plaques, Action Pack, invoices, shipments, benefits and payments"),
      tag("Support", "Support topics and tickets"),
      tag("Reviews", "Dissociation of a location and merge of organizations, reviewed by the RSC"),
      tag("Activity", "Who changed what, when"),
      tag("Requests", "Where each of the organization's requests stands, read from its process"));

  private static final Map<String, String> BY_PACKAGE = Map.ofEntries(Map.entry("organization", "Organizations"),
      Map.entry("people", "People"), Map.entry("competency", "Competencies"), Map.entry("mcp", "MCPs"),
      Map.entry("reference", "Customer references"), Map.entry("membership", "Membership"),
      Map.entry("ordering", "Orders and billing"), Map.entry("support", "Support"), Map.entry("review", "Reviews"),
      Map.entry("activity", "Activity"), Map.entry("requests", "Requests"));

  private Capabilities() {}

  static List<Tag> tags() {
    return TAGS;
  }

  /** The capability of a controller: the first package under {@code org.pmc}. */
  static Optional<String> of(Class<?> controller) {
    String name = controller.getPackageName();
    if (!name.startsWith(ROOT)) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_PACKAGE.get(name.substring(ROOT.length()).split("\\.")[0]));
  }

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }
}
