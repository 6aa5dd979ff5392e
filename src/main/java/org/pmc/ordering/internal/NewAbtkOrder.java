package org.pmc.ordering.internal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.pmc.competency.CompetencyLevel;

/** The body of {@code POST /api/organizations/{org}/abtk/orders}. */
public record NewAbtkOrder(@NotNull UUID locationId, @NotNull CompetencyLevel level) {}
