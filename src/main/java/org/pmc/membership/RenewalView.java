package org.pmc.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.pmc.organization.MembershipLevel;

/**
 * Where an organization's renewal stands (R-MEM-5): the program year it renews ({@code programYearEnd}, the
 * anniversary its invoice is due on), the level invoiced, the invoice, and {@code status}: NOT_DUE (no renewal
 * invoice yet, or the last one paid for the year running now), INVOICED, PAID, GRACE, LAPSED, or CANCELLED (the
 * partner cancelled the renewal: the level falls at the anniversary).
 */
public record RenewalView(LocalDate programYearEnd, MembershipLevel level, UUID invoiceId, String status) {

  /** Whether the partner has something to do: pay (INVOICED, GRACE) or pay to restore (LAPSED). */
  public boolean awaitsPayment() {
    return "INVOICED".equals(status) || "GRACE".equals(status) || "LAPSED".equals(status);
  }
}
