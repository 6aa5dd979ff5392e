package org.pmc.demo.internal;

import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.membership.ProgramAgreements;
import org.pmc.ordering.PartnerOrders;
import org.pmc.web.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Contoso's orders: Seattle's silver ABTK paid through the payment provider's path, Berlin's silver ABTK with its
 * invoice still open (an HQ orders none, R-ABTK-2), and a Messaging plaque for the HQ (R-ABTK-19, R-PLQ-1). The program agreement is
 * accepted first, as a global admin would (R-MEM-6). Placed only while the organization has no ABTK order.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoOrders {

  private final PartnerOrders orders;
  private final ProgramAgreements agreements;

  DemoOrders(PartnerOrders orders, ProgramAgreements agreements) {
    this.orders = orders;
    this.agreements = agreements;
  }

  /** The number of orders placed (none when the organization has some). */
  int place(PortalUser admin, DemoPartner contoso) {
    UUID organizationId = contoso.organizationId();
    if (orders.hasAbtkOrders(organizationId)) {
      return 0;
    }
    if (agreements.awaitsAcceptance(organizationId)) {
      agreements.accept(organizationId, admin, agreements.currentVersion());
    }
    UUID paid = orders.orderAbtk(admin, contoso.location("Seattle"), CompetencyLevel.SILVER);
    orders.payInFull(organizationId, paid, "DEMO-" + paid.toString().substring(0, 8));
    orders.orderAbtk(admin, contoso.location("Berlin"), CompetencyLevel.SILVER);
    orders.orderPlaque(admin, contoso.location("Redmond"), Competency.MESSAGING);
    return 3;
  }
}
