package org.pmc.competency;

import java.util.UUID;

/** A location gained an active competency, or a higher level of one (for update kits, R-ABTK-14). */
public record CompetencyGained(UUID organizationId, UUID locationId, Competency competency,
    CompetencyLevel level) {}
