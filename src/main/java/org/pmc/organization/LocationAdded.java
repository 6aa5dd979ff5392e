package org.pmc.organization;

import java.util.UUID;

/** Published in the transaction that adds a location, so others can set it up (R-LOC-2). */
public record LocationAdded(UUID organizationId, UUID locationId, UUID parentId) {}
