package org.pmc.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A location to add under an existing one. */
public record NewLocation(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(min = 2, max = 2) String country,
    @NotNull UUID parentId) {}
