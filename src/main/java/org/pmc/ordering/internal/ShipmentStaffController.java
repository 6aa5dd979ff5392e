package org.pmc.ordering.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.pmc.platform.ProcessMessages;
import org.pmc.web.RefusedBy;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Billing staff confirm that a shipment arrived ({@code /api/admin/shipments/**}: groups billing or camunda-admin,
 * security/SecurityConfiguration). The delivery is stored first, then the shipment's process hears it.
 */
@RestController
class ShipmentStaffController {

  private final Shipments shipments;
  private final ProcessMessages messages;

  ShipmentStaffController(Shipments shipments, ProcessMessages messages) {
    this.shipments = shipments;
    this.messages = messages;
  }

  @Operation(summary = "Confirm a shipment's delivery (staff)")
  @RefusedBy("R-ABTK-20")
  @PostMapping("/api/admin/shipments/{id}/delivered")
  ShipmentView delivered(@PathVariable UUID id) {
    ShipmentView delivered = shipments.delivered(id);
    messages.deliver(Shipments.DELIVERED, id.toString());
    return delivered;
  }
}
