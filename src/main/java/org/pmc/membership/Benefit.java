package org.pmc.membership;

import org.pmc.membership.internal.BenefitKind;
/** One benefit of a membership level (R-MEM-2), e.g. 5 × Windows 10 Enterprise for Action Pack. */
public record Benefit(String code, String title, int quantity, BenefitKind kind) {}
