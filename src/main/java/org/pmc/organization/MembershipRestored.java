package org.pmc.organization;

import java.util.UUID;

/**
 * Published in the transaction that restores a lapsed level because the renewal was paid later in the program
 * year (R-MEM-5), so that what stopped with the lapse comes back.
 */
public record MembershipRestored(UUID organizationId, MembershipLevel level) {}
