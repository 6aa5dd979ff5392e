package org.pmc.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** R-PPL-3: a person asks to join an organization at a location. */
public record AssociationRequest(
    @NotNull UUID organizationId,
    @NotNull UUID locationId,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 254) String email) {}
