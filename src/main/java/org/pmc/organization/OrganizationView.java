package org.pmc.organization;

import java.time.LocalDate;
import java.util.UUID;
import org.pmc.organization.internal.Organization;

/** An organization as the API shows it (R-MEM-2, R-MEM-3, R-PPL-8), with whom its invoices bill (R-ABTK-19). */
public record OrganizationView(UUID id, String name, UUID hqLocationId, MembershipLevel membershipLevel,
    LocalDate anniversaryDate, LocalDate reenrollmentWindowStart, String partnerNumber, PostalAddress billingAddress,
    String vatId, String language) {

  static OrganizationView of(Organization organization) {
    return new OrganizationView(organization.getId(), organization.getName(), organization.getHqLocationId(),
        organization.getMembershipLevel(), organization.getAnniversaryDate(),
        organization.reenrollmentWindowStart(), organization.getPartnerNumber(), organization.getBillingAddress(),
        organization.getVatId(), organization.getLanguage());
  }

  /** R-MEM-3: from the start of the re-enrollment window up to the day before the anniversary. */
  public boolean inReenrollmentWindow(LocalDate today) {
    return !today.isBefore(reenrollmentWindowStart) && today.isBefore(anniversaryDate);
  }
}
