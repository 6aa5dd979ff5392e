package org.pmc.competency;

import java.util.UUID;

/**
 * Published in the transaction that changes what counts toward competencies (a reference approved,
 * expired, reassigned or withdrawn; an MCP associated, moved or removed): R-COMP-3, R-REF-6.
 */
public record EvidenceChanged(UUID organizationId) {}
