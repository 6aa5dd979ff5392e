package org.pmc.organization.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.pmc.organization.PostalAddress;

/** A location to add under an existing one; its postal address (R-ABTK-20) may be given now or later. */
public record NewLocation(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(min = 2, max = 2) String country,
    @NotNull UUID parentId,
    @Valid PostalAddress address) {

  /** A location whose address is given later. */
  public NewLocation(String name, String country, UUID parentId) {
    this(name, country, parentId, null);
  }
}
