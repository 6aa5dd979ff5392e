package org.pmc.mcp.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Program staff enter a professional in the registry, or replace what it holds about them: name, the
 * address invitations must match, certifications with the date each was earned, completed trainings.
 */
public record RegisterProfessional(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 254) String email,
    @Valid @Size(max = 100) List<@NotNull EarnedCertification> certifications,
    @Valid @Size(max = 500) List<@NotNull Training> trainings) {

  public RegisterProfessional {
    certifications = certifications == null ? List.of() : certifications;
    trainings = trainings == null ? List.of() : trainings;
  }

  /** One certification of the catalog, and when the professional earned it. */
  public record EarnedCertification(@NotBlank @Size(max = 40) String code, @NotNull LocalDate earnedOn) {}
}
