package org.pmc.reference.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.web.Languages;

/**
 * R-REF-6: the location and competency a reference counts toward; with {@code contactLanguage}, the language the
 * customer's later mails (reminders) and page are in from now on (none: unchanged).
 */
public record ReferenceAssignment(@NotNull UUID locationId, @NotNull Competency competency,
    @Pattern(regexp = Languages.CODES, message = "must be one of " + Languages.CODES) String contactLanguage) {

  public ReferenceAssignment(UUID locationId, Competency competency) {
    this(locationId, competency, null);
  }
}
