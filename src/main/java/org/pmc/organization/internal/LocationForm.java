package org.pmc.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The portal's "Add location" form (a bean, as Thymeleaf's th:field binds to getters). */
public class LocationForm {

  @NotBlank @Size(max = 200)
  private String name;
  @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
  private String country;
  @NotNull
  private UUID parentId;

  NewLocation toNewLocation() {
    return new NewLocation(name.trim(), country, parentId);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
  }
}
