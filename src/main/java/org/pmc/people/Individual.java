package org.pmc.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A person associated (or asking to be) with an organization, at one location. */
@Entity
public class Individual {

  @Id
  private UUID id;
  private UUID organizationId;
  private UUID locationId;
  private String firstName;
  private String lastName;
  private String email;
  @Enumerated(EnumType.STRING)
  private IndividualStatus status;
  @Enumerated(EnumType.STRING)
  private InviteMethod inviteMethod;
  private Instant invitedAt;
  @Enumerated(EnumType.STRING)
  private Role role;
  private String passwordHash;
  private Instant createdAt;
  @Version
  private long version;

  protected Individual() {}

  /** The admin who registers an organization is associated at once, as its global admin. */
  static Individual founder(UUID organizationId, UUID hqLocationId, NewAdmin admin, String passwordHash,
      Instant now) {
    Individual founder = new Individual();
    founder.id = UUID.randomUUID();
    founder.organizationId = organizationId;
    founder.locationId = hqLocationId;
    founder.firstName = admin.firstName();
    founder.lastName = admin.lastName();
    founder.email = normalize(admin.email());
    founder.status = IndividualStatus.ASSOCIATED;
    founder.role = Role.GLOBAL_ADMIN;
    founder.passwordHash = passwordHash;
    founder.createdAt = now;
    return founder;
  }

  static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public String fullName() {
    return (firstName + " " + lastName).trim();
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public IndividualStatus getStatus() {
    return status;
  }

  public InviteMethod getInviteMethod() {
    return inviteMethod;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Role getRole() {
    return role;
  }

  String getPasswordHash() {
    return passwordHash;
  }
}
