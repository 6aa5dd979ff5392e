package org.pmc.organization.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.pmc.organization.Country;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.PostalAddress;
import org.pmc.web.BusinessRuleViolation;

/** A part of an organization: the HQ or a location in the tree below it (R-LOC-1). */
@Entity
public class Location {

  @Id
  private UUID id;
  private UUID organizationId;
  private UUID parentId;
  private String name;
  private String country;
  private String currency;
  @Enumerated(EnumType.STRING)
  private LocationStatus status;
  private Instant createdAt;
  /** R-ABTK-20: where the location's shipments go; none until an admin gives it. */
  @Embedded
  private AddressColumns address;
  @Version
  private Long version;

  protected Location() {}

  public Location(UUID organizationId, UUID parentId, String name, Country country, Instant now) {
    this.id = UUID.randomUUID();
    this.organizationId = organizationId;
    this.parentId = parentId;
    this.name = name;
    this.country = country.code();
    this.currency = country.currency();
    this.status = LocationStatus.ACTIVE;
    this.createdAt = now;
  }

  /** R-LOC-6: a dissociated location comes back, under an active location; what it lost stays lost. */
  public void readd(UUID parentId) {
    if (status != LocationStatus.DISSOCIATED) {
      throw new BusinessRuleViolation("R-LOC-6", "Only a dissociated location can be re-added");
    }
    this.status = LocationStatus.ACTIVE;
    this.parentId = parentId;
  }

  /** A location admin's edit of its name and postal address (R-ABTK-20). */
  public void describe(String name, PostalAddress address) {
    this.name = name;
    this.address = AddressColumns.of(address);
  }

  public void moveUnder(UUID parentId) {
    this.parentId = parentId;
  }

  /** R-LOC-5: soft-deleted, kept for history; it can be re-added (R-LOC-6). */
  public void dissociate() {
    this.status = LocationStatus.DISSOCIATED;
  }

  /** R-LOC-7: the location now belongs to the organization it merged into. */
  public void moveTo(UUID organizationId) {
    this.organizationId = organizationId;
  }

  public boolean isActive() {
    return status == LocationStatus.ACTIVE;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public UUID getParentId() {
    return parentId;
  }

  public String getName() {
    return name;
  }

  public String getCountry() {
    return country;
  }

  public String getCurrency() {
    return currency;
  }

  public LocationStatus getStatus() {
    return status;
  }

  public PostalAddress getAddress() {
    return AddressColumns.address(address);
  }
}
