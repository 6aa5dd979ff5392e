package org.pmc.people.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** R-PPL-3, R-PPL-8: a person asks to join an organization, named by its partner number, at a location. */
public record AssociationRequest(
    @NotBlank @Pattern(regexp = "[1-9][0-9]{6}", message = "must be a partner number (7 digits)") String partnerNumber,
    @NotNull UUID locationId,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 254) String email) {}
