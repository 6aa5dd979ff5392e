package org.pmc.reference.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.reference.internal.NewReference;
import org.pmc.reference.internal.ReferenceAssignment;
import org.pmc.web.Languages;

/** The portal form behind Create and Assign (a bean, as Thymeleaf's th:field binds to getters). */
public class ReferenceForm {

  @NotBlank @Size(max = 200)
  private String customerCompany;
  @NotBlank @Size(max = 200)
  private String contactName;
  @NotBlank @Email @Size(max = 254)
  private String contactEmail;
  @NotBlank @Size(max = 4000)
  private String description;
  @NotNull
  private UUID locationId;
  @NotNull
  private Competency competency;
  @Pattern(regexp = Languages.CODES)
  private String contactLanguage;

  static ReferenceForm of(ReferenceView reference) {
    ReferenceForm form = new ReferenceForm();
    form.locationId = reference.locationId();
    form.competency = reference.competency();
    return form;
  }

  NewReference toNewReference() {
    return new NewReference(customerCompany, contactName, contactEmail, description, locationId, competency,
        contactLanguage);
  }

  ReferenceAssignment toAssignment() {
    return new ReferenceAssignment(locationId, competency);
  }

  public String getCustomerCompany() {
    return customerCompany;
  }

  public void setCustomerCompany(String customerCompany) {
    this.customerCompany = customerCompany;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }

  public String getContactLanguage() {
    return contactLanguage;
  }

  public void setContactLanguage(String contactLanguage) {
    this.contactLanguage = contactLanguage;
  }

  public Competency getCompetency() {
    return competency;
  }

  public void setCompetency(Competency competency) {
    this.competency = competency;
  }
}
