package org.pmc.mcp.internal;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A training an MCP completed (R-MCP-3): partners plan re-certification with it. */
@Embeddable
public record Training(@NotBlank @Size(max = 200) String title, @NotNull LocalDate completedOn) {}
