package org.pmc.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;

/** The body of {@code POST /api/organizations/{org}/plaques/orders}. */
public record NewPlaqueOrder(@NotEmpty List<@NotNull @Valid Item> items) {

  /** A plate for a location, or a plaque for one of its competencies. */
  public record Item(@NotNull PlaqueKind kind, Competency competency, @NotNull UUID locationId) {}
}
