package org.pmc.reference.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.web.Languages;

/** R-REF-1: what the partner writes about the customer. */
public record NewReference(
    @NotBlank @Size(max = 200) String customerCompany,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 254) String contactEmail,
    @NotBlank @Size(max = 4000) String description,
    @NotNull UUID locationId,
    @NotNull Competency competency,
    @Pattern(regexp = Languages.CODES, message = "must be one of " + Languages.CODES) String contactLanguage) {

  /** A reference whose contact reads English. */
  public NewReference(String customerCompany, String contactName, String contactEmail, String description,
      UUID locationId, Competency competency) {
    this(customerCompany, contactName, contactEmail, description, locationId, competency, null);
  }

  /** The language of the customer's mails and page; English unless the partner chose another. */
  String contactLanguageOrDefault() {
    return contactLanguage == null ? Languages.DEFAULT.getLanguage() : contactLanguage;
  }
}
