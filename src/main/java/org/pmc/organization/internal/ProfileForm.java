package org.pmc.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pmc.web.Languages;

/** The portal's organization profile form: name, billing address and VAT id (R-ABTK-19), and its language. */
public class ProfileForm {

  @NotBlank @Size(max = 200)
  private String name;
  private AddressFields billingAddress = new AddressFields();
  @Size(max = 20) @Pattern(regexp = "|" + OrganizationController.VAT_ID, message = "must be a VAT id: letters and digits, 4 to 20")
  private String vatId;
  /** The language of its mails and invitations until each person chooses their own. */
  @Pattern(regexp = Languages.CODES, message = "must be one of en, de, fr, es, ja")
  private String language;

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AddressFields getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(AddressFields billingAddress) {
    this.billingAddress = billingAddress;
  }

  public String getVatId() {
    return vatId;
  }

  public void setVatId(String vatId) {
    this.vatId = vatId;
  }
}
