package org.pmc.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies every {@code /api/**} endpoint by rules, so a new endpoint mostly classifies itself: the public
 * allow-list, {@code /api/admin/**} for staff, and below {@code /api/organizations/{org}} the endpoint's
 * {@code @PreAuthorize} (or, for the few checks made in a service, its path). An endpoint no rule covers is
 * reported, and the developer decides here.
 */
final class AccessRules {

  static final String ORGANIZATION = "/api/organizations/{org}";

  /** api.md "public": no credentials needed. Keep this list short and explicit. */
  static final Set<String> PUBLIC = Set.of(
      "POST /api/organizations",
      "POST /api/association-requests",
      "GET /api/partners/{partnerNumber}",
      "GET /api/competencies",
      "GET /api/support/topics",
      "GET /api/agreement",
      "POST /api/password-reset");

  /** The caller's own profile and password: any signed-in partner user, of whatever organization. */
  static final Set<String> OWN = Set.of("GET /api/me", "PUT /api/me", "POST /api/me/password");

  /** Public, but only with a valid signature (X-Signature). */
  static final Set<String> SIGNED = Set.of("POST /api/payments/notifications");

  /**
   * Changes whose R-ROLE-4 scope check lives in the service rather than in {@code @PreAuthorize}: orders
   * (R-ABTK-8) and MCP assignments (R-MCP-2).
   */
  private static final List<String> SCOPED_IN_SERVICE = List.of("/abtk/", "/plaques/", "/mcps", "/orders/");

  /**
   * Changes only a global admin may make, checked in the service: the Action Pack order (R-MEM-1, R-ROLE-4) and
   * accepting the program agreement (R-MEM-6).
   */
  private static final List<String> GLOBAL_ADMIN_IN_SERVICE = List.of("/membership/action-pack", "/agreement");

  /** R-ROLE-2, R-SW-1: reads that need the caller's own privilege. */
  private static final List<String> PRIVILEGED = List.of("/software", "/product-keys");

  /**
   * Changes any admin of the organization may make, whatever locations they manage: paying an invoice (R-ABTK-19);
   * answering or withdrawing a review, where the service checks the location or who asked (R-REV-4).
   */
  private static final List<String> ADMIN_CHANGES = List.of("/invoices/", "/reviews/");

  /** Changes any member of the organization may make: support tickets (R-SUP-2, R-SUP-4). */
  private static final List<String> MEMBER_CHANGES = List.of("/tickets");

  private AccessRules() {}

  static Optional<Access> classify(ApiEndpoint endpoint) {
    String key = endpoint.toString();
    if (PUBLIC.contains(key)) {
      return Optional.of(Access.PUBLIC);
    }
    if (SIGNED.contains(key)) {
      return Optional.of(Access.SIGNED);
    }
    if (OWN.contains(key)) {
      return Optional.of(Access.SIGNED_IN);
    }
    if (endpoint.path().startsWith("/api/admin/shipments/")) {
      return Optional.of(Access.BILLING_STAFF);
    }
    if (endpoint.path().startsWith("/api/admin/agreements")) {
      return Optional.of(Access.LEAD_STAFF);
    }
    if (endpoint.path().startsWith("/api/admin/")) {
      return Optional.of(Access.STAFF);
    }
    if (!endpoint.path().startsWith(ORGANIZATION)) {
      return Optional.empty();
    }
    String below = endpoint.path().substring(ORGANIZATION.length());
    Optional<String> roles = endpoint.preAuthorize();
    if (roles.isPresent() && roles.get().contains("LOCATION_ADMIN")) {
      return Optional.of(endpoint.isRead() || startsWithAny(below, ADMIN_CHANGES) ? Access.ADMIN
          : Access.LOCATION_ADMIN);
    }
    if (roles.isPresent() && roles.get().contains("GLOBAL_ADMIN")) {
      return Optional.of(Access.GLOBAL_ADMIN);
    }
    if (startsWithAny(below, PRIVILEGED)) {
      return Optional.of(Access.PRIVILEGE);
    }
    if (!endpoint.isRead() && startsWithAny(below, GLOBAL_ADMIN_IN_SERVICE)) {
      return Optional.of(Access.GLOBAL_ADMIN);
    }
    if (!endpoint.isRead() && startsWithAny(below, SCOPED_IN_SERVICE)) {
      return Optional.of(Access.LOCATION_ADMIN);
    }
    if (endpoint.isRead() || startsWithAny(below, MEMBER_CHANGES)) {
      return Optional.of(Access.MEMBER);
    }
    return Optional.empty();
  }

  static String howToClassify(ApiEndpoint endpoint) {
    return endpoint + " (" + endpoint.handler().getShortLogMessage() + ") has no access rule: give it a "
        + "@PreAuthorize, or classify it in AccessRules (PUBLIC allow-list, GLOBAL_ADMIN_IN_SERVICE, SCOPED_IN_SERVICE, "
        + "MEMBER_CHANGES)";
  }

  private static boolean startsWithAny(String path, List<String> prefixes) {
    return prefixes.stream().anyMatch(path::startsWith);
  }
}
