package org.pmc.ordering.internal;

import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.ordering.internal.AbtkOffer;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.PlaqueKind;

/**
 * A plate (membership) or a plaque (one ACTIVE_EARNED competency) a location may order (R-PLQ-1), priced for
 * its country without tax (R-PLQ-2).
 */
public record PlaqueOffer(UUID locationId, String locationName, PlaqueKind kind, Competency competency,
    Money price, boolean taxIncluded, String note) {

  static PlaqueOffer of(UUID locationId, String locationName, PlaqueKind kind, Competency competency, Money price) {
    return new PlaqueOffer(locationId, locationName, kind, competency, price, false, AbtkOffer.TAX_NOTE);
  }

  /** What the offer is, in words ("Plaque: Cloud Productivity"). */
  public String title() {
    return kind == PlaqueKind.PLATE ? "Plate: Partner Network membership" : "Plaque: " + competency.title();
  }
}
