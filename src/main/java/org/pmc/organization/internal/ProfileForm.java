package org.pmc.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The portal's organization profile form: name, billing address and VAT id (R-ABTK-19). */
public class ProfileForm {

  @NotBlank @Size(max = 200)
  private String name;
  private AddressFields billingAddress = new AddressFields();
  @Size(max = 20) @Pattern(regexp = "|" + OrganizationController.VAT_ID, message = "must be a VAT id: letters and digits, 4 to 20")
  private String vatId;

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
