package org.pmc.membership.internal;

/** Staff publish a new version of the program agreement (R-MEM-6). */
public record NewAgreement(String version, String text) {}
