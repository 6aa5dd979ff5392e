package org.pmc.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** R-PPL-1: "Invite Multiple People": semicolon-separated addresses and the location they join. */
public record InviteMultiple(@NotBlank @Size(max = 300_000) String emails, @NotNull UUID locationId) {}
