package org.pmc.demo.internal;

import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.reference.CustomerConfirmations;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.ReferenceStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Contoso's customer references in the statuses a partner can reach today (R-REF-2, R-REF-4): approved by their
 * customer (three Messaging ones at the HQ, one Cloud Platform one in Seattle), declined, awaiting the customer and
 * withdrawn. Every reference is dated by the application's clock and approved for two years (R-REF-3), so none is
 * expired or unconfirmed yet. Made only while the organization has no reference; each sends its one request mail.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoReferences {

  private final CustomerConfirmations confirmations;
  private final CustomerReferenceService references;

  DemoReferences(CustomerConfirmations confirmations, CustomerReferenceService references) {
    this.confirmations = confirmations;
    this.references = references;
  }

  /** The number of references written (none when the organization has some). */
  int write(DemoPartner contoso, UUID writer) {
    for (ReferenceStatus status : ReferenceStatus.values()) {
      if (references.count(contoso.organizationId(), status) > 0) {
        return 0;
      }
    }
    UUID hq = contoso.location("Redmond");
    answered(contoso, writer, "Northwind Traders", "Nancy Davolio", hq, Competency.MESSAGING, true);
    answered(contoso, writer, "Tailspin Toys", "Tom Lee", hq, Competency.MESSAGING, true);
    answered(contoso, writer, "Wingtip Toys", "Wendy Kahn", hq, Competency.MESSAGING, true);
    answered(contoso, writer, "Adventure Works", "Ann Beebe", contoso.location("Seattle"), Competency.CLOUD_PLATFORM,
        true);
    answered(contoso, writer, "Litware", "Lars Mertens", contoso.location("Munich"), Competency.DATA_PLATFORM, false);
    write(contoso, writer, "Woodgrove Bank", "Willa Berg", contoso.location("Berlin"), Competency.CLOUD_PRODUCTIVITY);
    write(contoso, writer, "Fourth Coffee", "Fabrice Roux", contoso.location("Lyon"), Competency.CLOUD_PRODUCTIVITY);
    references.withdraw(contoso.organizationId(), write(contoso, writer, "Coho Winery", "Carl Oho",
        contoso.location("Seattle"), Competency.CLOUD_PLATFORM));
    return 8;
  }

  private void answered(DemoPartner contoso, UUID writer, String company, String contact, UUID locationId,
      Competency competency, boolean confirmed) {
    confirmations.answer(write(contoso, writer, company, contact, locationId, competency), confirmed);
  }

  private UUID write(DemoPartner contoso, UUID writer, String company, String contact, UUID locationId,
      Competency competency) {
    String email = contact.toLowerCase().replace(' ', '.') + "@" + company.toLowerCase().replace(" ", "") + ".example";
    return confirmations.create(contoso.organizationId(), writer, company, contact, email,
        contact + " of " + company + " confirms Contoso's " + competency.title() + " work.", locationId, competency);
  }
}
