package org.pmc.organization;

import java.util.UUID;

/**
 * R-LOC-5: published in the transaction that dissociates a location after RSC review, its child locations moved to
 * its parent already. Each capability releases or moves what it keeps there, in the same transaction: people move
 * to the parent (null for a lone HQ), contacts, privileges and admin scopes are released, competencies lapse.
 */
public record LocationDissociated(UUID organizationId, UUID locationId, UUID parentId) {}
