package org.pmc.reference.internal;

import java.time.Instant;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.CustomerReference;

/** A reference as the list and the API show it (R-REF-6). */
public record ReferenceView(UUID id, String customerCompany, String contactName, String contactEmail,
    String description, UUID locationId, Competency competency, ReferenceStatus status, Instant createdAt,
    Instant approvedAt, Instant expiresAt, String contactLanguage) {

  public static ReferenceView of(CustomerReference reference) {
    return new ReferenceView(reference.getId(), reference.getCustomerCompany(), reference.getContactName(),
        reference.getContactEmail(), reference.getDescription(), reference.getLocationId(),
        reference.getCompetency(), reference.getStatus(), reference.getCreatedAt(), reference.getApprovedAt(),
        reference.getExpiresAt(), reference.getContactLanguage());
  }
}
