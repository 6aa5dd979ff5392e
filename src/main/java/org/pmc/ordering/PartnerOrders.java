package org.pmc.ordering;

import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.ordering.internal.AbtkOrders;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.NewAbtkOrder;
import org.pmc.ordering.internal.NewPlaqueOrder;
import org.pmc.ordering.internal.PaymentNotification;
import org.pmc.ordering.internal.Payments;
import org.pmc.ordering.internal.PlaqueKind;
import org.pmc.ordering.internal.PlaqueOrders;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Orders an admin places and the payment provider pays, for callers that are neither the portal's order pages nor
 * the provider's notification, such as the demo organization: the same rules, invoices, processes and mails.
 */
@Service
public class PartnerOrders {

  private final AbtkOrders abtk;
  private final PlaqueOrders plaques;
  private final Payments payments;
  private final Invoices invoices;

  PartnerOrders(AbtkOrders abtk, PlaqueOrders plaques, Payments payments, Invoices invoices) {
    this.abtk = abtk;
    this.plaques = plaques;
    this.payments = payments;
    this.invoices = invoices;
  }

  /** R-ABTK-1..3: an ABTK for the location's program year, with its open invoice. The invoice's id. */
  public UUID orderAbtk(PortalUser admin, UUID locationId, CompetencyLevel level) {
    return abtk.place(admin.organizationId(), admin, new NewAbtkOrder(locationId, level)).invoiceId();
  }

  /** R-PLQ-1: a plaque for a competency the location holds, with its open invoice. The invoice's id. */
  public UUID orderPlaque(PortalUser admin, UUID locationId, Competency competency) {
    return plaques.place(admin.organizationId(), admin, new NewPlaqueOrder(List.of(
        new NewPlaqueOrder.Item(PlaqueKind.PLAQUE, competency, locationId)))).invoiceId();
  }

  /** The invoice paid in full, as the payment provider's notification pays it (R-ABTK-19). */
  public void payInFull(UUID organizationId, UUID invoiceId, String paymentReference) {
    var invoice = invoices.invoice(organizationId, invoiceId);
    payments.record(new PaymentNotification(invoiceId, invoice.amount(), paymentReference),
        Payments.Channel.PROVIDER).paid().ifPresent(invoices::deliverPayment);
  }

  /** Whether the organization has ever ordered an ABTK. */
  public boolean hasAbtkOrders(UUID organizationId) {
    return !abtk.orders(organizationId, Pageable.ofSize(1)).isEmpty();
  }
}
