package org.pmc.organization;

import java.util.UUID;

/** Published in the transaction that registers an organization (its program year starts). */
public record OrganizationRegistered(UUID organizationId) {}
