package org.pmc.ordering.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;

/**
 * The body of {@code POST /api/organizations/{org}/plaques/orders}: at most {@value #MAX_ITEMS} items (issue 14:
 * an order, its invoice lines and its shipment stay bounded, whatever a client sends).
 */
public record NewPlaqueOrder(@NotEmpty @Size(max = MAX_ITEMS) List<@NotNull @Valid Item> items) {

  public static final int MAX_ITEMS = 100;

  /** A plate for a location, or a plaque for one of its competencies. */
  public record Item(@NotNull PlaqueKind kind, Competency competency, @NotNull UUID locationId) {}
}
