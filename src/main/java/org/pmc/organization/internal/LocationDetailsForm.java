package org.pmc.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The portal's location details form: its name and postal address (R-ABTK-20). */
public class LocationDetailsForm {

  @NotBlank @Size(max = 200)
  private String name;
  private AddressFields address = new AddressFields();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AddressFields getAddress() {
    return address;
  }

  public void setAddress(AddressFields address) {
    this.address = address;
  }
}
