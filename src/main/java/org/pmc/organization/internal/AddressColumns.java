package org.pmc.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.pmc.organization.PostalAddress;

/** A {@link PostalAddress} as stored on a location or an organization; all columns null when none is given. */
@Embeddable
public class AddressColumns {

  @Column(name = "address_line1")
  private String line1;
  @Column(name = "address_line2")
  private String line2;
  @Column(name = "address_city")
  private String city;
  @Column(name = "address_postal_code")
  private String postalCode;
  @Column(name = "address_region")
  private String region;
  @Column(name = "address_country")
  private String country;

  protected AddressColumns() {}

  static AddressColumns of(PostalAddress address) {
    if (address == null) {
      return null;
    }
    AddressColumns columns = new AddressColumns();
    columns.line1 = address.line1();
    columns.line2 = address.line2();
    columns.city = address.city();
    columns.postalCode = address.postalCode();
    columns.region = address.region();
    columns.country = address.country();
    return columns;
  }

  static PostalAddress address(AddressColumns columns) {
    return columns == null || columns.line1 == null ? null : new PostalAddress(columns.line1, columns.line2,
        columns.city, columns.postalCode, columns.region, columns.country);
  }
}
