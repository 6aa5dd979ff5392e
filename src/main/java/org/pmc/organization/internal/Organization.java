package org.pmc.organization.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.PostalAddress;
import org.pmc.organization.internal.Location;
import org.pmc.web.BusinessRuleViolation;

/** A partner company in the program, with one HQ location (R-LOC-1) and a program year (R-MEM-2). */
@Entity
public class Organization {

  /** R-MEM-3: the re-enrollment window is the 90 days before the next anniversary. */
  static final int REENROLLMENT_WINDOW_DAYS = 90;

  @Id
  private UUID id;
  private String name;
  /** R-PPL-8: public, 7 digits, assigned at registration (see PartnerNumbers). */
  private String partnerNumber;
  @Enumerated(EnumType.STRING)
  private MembershipLevel membershipLevel;
  /** R-MEM-5: the level an unpaid renewal lapsed, to restore when it is paid; null while not lapsed. */
  @Enumerated(EnumType.STRING)
  private MembershipLevel lapsedLevel;
  private LocalDate anniversaryDate;
  private UUID hqLocationId;
  /** R-LOC-7: the organization this one merged into; it stays, emptied, for history. */
  private UUID mergedInto;
  private Instant createdAt;
  /** R-ABTK-19: whom its invoices are billed to, and its VAT id; none until a global admin gives them. */
  @Embedded
  @AttributeOverride(name = "line1", column = @Column(name = "billing_line1"))
  @AttributeOverride(name = "line2", column = @Column(name = "billing_line2"))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
  @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code"))
  @AttributeOverride(name = "region", column = @Column(name = "billing_region"))
  @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
  private AddressColumns billingAddress;
  private String vatId;
  /** The language its people's mails and invitations are in until each chooses their own (a supported code). */
  private String language = "en";
  @Version
  private Long version;

  protected Organization() {}

  /** A newly registered organization is a Network member; its first program year lasts one year. */
  public Organization(String name, String partnerNumber, Instant now, LocalDate today) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.partnerNumber = partnerNumber;
    this.membershipLevel = MembershipLevel.NETWORK;
    this.anniversaryDate = today.plusYears(1);
    this.createdAt = now;
  }

  /** A global admin's edit of the organization's profile. */
  public void describe(String name, PostalAddress billingAddress, String vatId) {
    this.name = name;
    this.billingAddress = AddressColumns.of(billingAddress);
    this.vatId = vatId;
  }

  public void mergeInto(UUID organizationId) {
    this.mergedInto = organizationId;
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public void headquarteredAt(Location hq) {
    this.hqLocationId = hq.getId();
  }

  public void startNextProgramYear() {
    anniversaryDate = anniversaryDate.plusYears(1);
  }

  /** R-MEM-1: returns whether the level rose; a lapsed membership (R-MEM-5) rises only when paid. */
  public boolean raiseTo(MembershipLevel candidate) {
    if (lapsedLevel != null || candidate.ordinal() <= membershipLevel.ordinal()) {
      return false;
    }
    membershipLevel = candidate;
    return true;
  }

  /** R-MEM-1: program staff may set the level, up or down. */
  public void changeLevel(MembershipLevel level) {
    this.membershipLevel = level;
    this.lapsedLevel = null;
  }

  /** R-MEM-5: unpaid after the grace period, the level falls to NETWORK. Whether this call lapsed it. */
  public boolean lapse() {
    if (lapsedLevel != null || membershipLevel == MembershipLevel.NETWORK) {
      return false;
    }
    lapsedLevel = membershipLevel;
    membershipLevel = MembershipLevel.NETWORK;
    return true;
  }

  /** R-MEM-5: paid later in the program year, the lapsed level comes back. Whether this call restored it. */
  public boolean restore() {
    if (lapsedLevel == null) {
      return false;
    }
    membershipLevel = lapsedLevel;
    lapsedLevel = null;
    return true;
  }

  public boolean isLapsed() {
    return lapsedLevel != null;
  }

  /**
   * R-MEM-4: an anniversary may be extended, never brought forward: benefits bound to it (R-ABTK-11)
   * were promised until the current date and must not end sooner.
   */
  public void extendAnniversary(LocalDate newDate) {
    if (newDate.isBefore(anniversaryDate)) {
      throw new BusinessRuleViolation("R-MEM-4", "The anniversary " + anniversaryDate
          + " may only be extended, not moved back to " + newDate);
    }
    this.anniversaryDate = newDate;
  }

  public LocalDate reenrollmentWindowStart() {
    return anniversaryDate.minusDays(REENROLLMENT_WINDOW_DAYS);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPartnerNumber() {
    return partnerNumber;
  }

  public MembershipLevel getMembershipLevel() {
    return membershipLevel;
  }

  public LocalDate getAnniversaryDate() {
    return anniversaryDate;
  }

  public UUID getHqLocationId() {
    return hqLocationId;
  }

  public PostalAddress getBillingAddress() {
    return AddressColumns.address(billingAddress);
  }

  public String getVatId() {
    return vatId;
  }

  public String getLanguage() {
    return language;
  }

  public void speak(String language) {
    this.language = language;
  }
}
