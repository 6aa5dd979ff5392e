package org.pmc.ordering.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.PlaqueKind;

/** An order of plates and plaques as the API shows it. */
public record PlaqueOrderView(UUID id, String status, UUID invoiceId, Money price, List<Item> items,
    Instant createdAt) {

  /** The same order with its items, read for a whole page at once. */
  PlaqueOrderView withItems(List<Item> items) {
    return new PlaqueOrderView(id, status, invoiceId, price, items, createdAt);
  }

  public record Item(PlaqueKind kind, Competency competency, UUID locationId, Money price) {}
}
