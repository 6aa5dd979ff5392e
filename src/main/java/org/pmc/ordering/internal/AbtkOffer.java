package org.pmc.ordering.internal;

import java.util.UUID;
import org.pmc.competency.CompetencyLevel;
import org.pmc.ordering.internal.AbtkEligibility;

/**
 * One ABTK a location could order (R-ABTK-1): its price in the location's currency without tax
 * (R-ABTK-18), whether the location may order it, and if not the rule that says why.
 */
public record AbtkOffer(UUID locationId, CompetencyLevel level, Money price, boolean eligible, String rule,
    boolean taxIncluded, String note) {

  static final String TAX_NOTE = "Prices exclude tax (VAT, GST, PST).";

  static AbtkOffer of(UUID locationId, CompetencyLevel level, Money price, AbtkEligibility.Decision decision) {
    return new AbtkOffer(locationId, level, price, decision.eligible(), decision.rule(), false, TAX_NOTE);
  }
}
