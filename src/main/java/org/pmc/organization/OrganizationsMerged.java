package org.pmc.organization;

import java.util.UUID;

/**
 * R-LOC-7: published in the transaction that merges another organization into this one after RSC review, its
 * locations moved here already, its former HQ a child of this HQ. Each capability moves its rows of the merged
 * organization here in the same transaction.
 */
public record OrganizationsMerged(UUID organizationId, UUID mergedOrganizationId, UUID mergedHqLocationId) {}
