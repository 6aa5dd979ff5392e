package org.pmc.membership.internal;

import java.time.LocalDate;
import org.pmc.organization.MembershipLevel;

/** What program staff change on a membership: the level, the anniversary, or both (R-MEM-1, R-MEM-4). */
public record MembershipChange(MembershipLevel level, LocalDate anniversaryDate) {}
