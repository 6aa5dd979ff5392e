package org.pmc.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;

/** An order of plates and plaques as the API shows it. */
public record PlaqueOrderView(UUID id, String status, UUID invoiceId, Money price, List<Item> items,
    Instant createdAt) {

  public record Item(PlaqueKind kind, Competency competency, UUID locationId, Money price) {}
}
