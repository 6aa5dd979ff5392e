package org.pmc.reference.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.pmc.competency.Competency;

/** R-REF-1: what the partner writes about the customer. */
public record NewReference(
    @NotBlank @Size(max = 200) String customerCompany,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 254) String contactEmail,
    @NotBlank @Size(max = 4000) String description,
    @NotNull UUID locationId,
    @NotNull Competency competency) {}
