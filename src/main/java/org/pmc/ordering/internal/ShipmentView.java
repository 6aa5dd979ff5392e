package org.pmc.ordering.internal;

import java.time.Instant;
import java.util.UUID;

/** A shipment of a kit to a location (R-ABTK-15). */
public record ShipmentView(UUID id, String kind, UUID locationId, UUID orderId, String items, String status,
    Instant createdAt) {}
