package org.pmc.reference.internal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.pmc.competency.Competency;

/** R-REF-6: the location and competency a reference counts toward. */
public record ReferenceAssignment(@NotNull UUID locationId, @NotNull Competency competency) {}
