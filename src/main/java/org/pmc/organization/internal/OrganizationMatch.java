package org.pmc.organization.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.pmc.organization.MembershipLevel;

/** One organization the staff console's search found: enough to tell it from another of a similar name. */
public record OrganizationMatch(UUID id, String name, String partnerNumber, MembershipLevel membershipLevel,
    LocalDate anniversaryDate, UUID mergedInto) {}
