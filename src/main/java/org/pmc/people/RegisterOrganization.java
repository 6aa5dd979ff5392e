package org.pmc.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pmc.people.NewAdmin;

/** Public registration of an organization and its first global admin. */
public record RegisterOrganization(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(min = 2, max = 2) String country,
    @NotNull @Valid NewAdmin admin) {}
