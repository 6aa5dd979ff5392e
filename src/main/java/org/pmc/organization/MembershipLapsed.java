package org.pmc.organization;

import java.util.UUID;

/**
 * Published in the transaction that lapses an organization's level to NETWORK because its renewal was not paid
 * by the end of the grace period (R-MEM-5), so that its competencies' benefits stop with it.
 */
public record MembershipLapsed(UUID organizationId, MembershipLevel lapsedLevel) {}
