package org.pmc.security;

import java.util.EnumMap;
import java.util.Map;

/**
 * The access rule of an API endpoint, and what each caller must get from it. What a caller gets is one of
 * three {@link Outcome}s: 401, 403, or "passed access control".
 */
enum Access {
  /** The public allow-list: anyone, without credentials. Staff credentials are not portal credentials: 401. */
  PUBLIC(Outcome.PASSED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.PASSED,
      Outcome.PASSED, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED),
  /** Public but signed (payment notifications): without the signature everyone gets 401. */
  SIGNED(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED,
      Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED),
  /**
   * {@code /api/admin/**}: program staff (rsc, rsc-lead) only; a partner's password is no staff password (401),
   * billing staff may not set membership or competencies (403, issue 14).
   */
  STAFF(Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN, Outcome.PASSED, Outcome.UNAUTHENTICATED,
      Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED),
  /** {@code /api/admin/shipments/**}: billing's work (R-ABTK-20), not program staff's (403). */
  BILLING_STAFF(Outcome.UNAUTHENTICATED, Outcome.PASSED, Outcome.FORBIDDEN, Outcome.UNAUTHENTICATED,
      Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED),
  /**
   * R-MEM-6: publishing a program agreement is the RSC lead's (or a Camunda admin's); the matrix's program staff
   * (group rsc) and billing staff get 403, so the matrix never publishes a version every partner would have to accept.
   */
  LEAD_STAFF(Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.UNAUTHENTICATED,
      Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED),
  /** Any signed-in partner user, about themselves (My profile); staff credentials are no portal ones. */
  SIGNED_IN(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.PASSED,
      Outcome.PASSED, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED),
  /** Anyone associated with the organization; another organization gets 403. */
  MEMBER(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN,
      Outcome.PASSED, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED),
  /** R-ROLE-2, R-SW-1: needs the caller's own privilege, which none of the matrix's callers holds. */
  PRIVILEGE(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN,
      Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN),
  /** Admins of the organization, whatever locations they manage (e.g. reading the activity log). */
  ADMIN(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN,
      Outcome.FORBIDDEN, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED),
  /** R-ROLE-4: a global admin, or a location admin who manages the location the request is about. */
  LOCATION_ADMIN(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN,
      Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.PASSED, Outcome.PASSED),
  /** R-ROLE-4: the organization's global admins only. */
  GLOBAL_ADMIN(Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.UNAUTHENTICATED, Outcome.FORBIDDEN,
      Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.PASSED);

  private final Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);

  /** One outcome per caller, in the order of {@link Caller}. */
  Access(Outcome... outcomes) {
    for (Caller caller : Caller.values()) {
      expected.put(caller, outcomes[caller.ordinal()]);
    }
  }

  Outcome expectedFor(Caller caller) {
    return expected.get(caller);
  }

  /**
   * What an answer means for access control. PASSED: access control let the request through and the endpoint
   * answered about the data: 2xx, or a problem+json 400 (the generated body or a parameter was not good
   * enough), 404 (no such object), 409 (a business rule or the object's state refused) or 422. Anything else
   * (405, 415, 5xx, a redirect) is OTHER and always wrong.
   */
  enum Outcome {
    UNAUTHENTICATED,
    FORBIDDEN,
    PASSED,
    OTHER;

    static Outcome of(int status) {
      return switch (status) {
        case 401 -> UNAUTHENTICATED;
        case 403 -> FORBIDDEN;
        case 400, 404, 409, 422 -> PASSED;
        default -> status >= 200 && status < 300 ? PASSED : OTHER;
      };
    }
  }
}
