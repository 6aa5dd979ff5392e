package org.pmc.membership.internal;

/** The version a global admin accepts (R-MEM-6): it must be the current one. */
public record AgreementChoice(String version) {}
