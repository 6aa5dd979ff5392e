package org.pmc.organization.internal;

import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.pmc.organization.PostalAddress;
import org.springframework.validation.Errors;

/**
 * A postal address as a portal form edits it (a bean: th:field binds to getters). All fields blank means no
 * address; otherwise it is checked as the API checks a {@link PostalAddress}, each error on its field.
 */
public class AddressFields {

  private String line1;
  private String line2;
  private String city;
  private String postalCode;
  private String region;
  private String country;

  static AddressFields of(PostalAddress address) {
    AddressFields fields = new AddressFields();
    if (address != null) {
      fields.line1 = address.line1();
      fields.line2 = address.line2();
      fields.city = address.city();
      fields.postalCode = address.postalCode();
      fields.region = address.region();
      fields.country = address.country();
    }
    return fields;
  }

  /** The address, or null when every field is blank; its errors rejected under {@code path} (e.g. "address"). */
  PostalAddress toAddress(Validator validator, Errors errors, String path) {
    if (Stream.of(line1, line2, city, postalCode, region, country).allMatch(f -> f == null || f.isBlank())) {
      return null;
    }
    PostalAddress address = new PostalAddress(line1, line2, city, postalCode, region, country).normalized();
    validator.validate(address).forEach(violation -> errors.rejectValue(path + "." + violation.getPropertyPath(),
        "invalid", violation.getMessage()));
    return address;
  }

  public String getLine1() {
    return line1;
  }

  public void setLine1(String line1) {
    this.line1 = line1;
  }

  public String getLine2() {
    return line2;
  }

  public void setLine2(String line2) {
    this.line2 = line2;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
