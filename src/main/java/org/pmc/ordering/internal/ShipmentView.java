package org.pmc.ordering.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import org.pmc.organization.PostalAddress;

/**
 * A shipment of a kit, plate or plaque to a location (R-ABTK-15, R-PLQ-1): the address it goes to (R-ABTK-20),
 * PREPARING, SHIPPED or DELIVERED, with the carrier's tracking number once shipped.
 */
public record ShipmentView(UUID id, @JsonIgnore UUID organizationId, String kind, UUID locationId, UUID orderId,
    String items, PostalAddress address, String status, String carrier, String trackingNumber, Instant createdAt,
    Instant shippedAt, Instant deliveredAt) {}
