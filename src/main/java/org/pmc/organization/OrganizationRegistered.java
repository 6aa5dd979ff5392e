package org.pmc.organization;

import java.util.UUID;

/**
 * Published in the transaction that registers an organization (its program year starts, its founder accepts the
 * program agreement, R-MEM-6).
 */
public record OrganizationRegistered(UUID organizationId, String founderEmail) {}
