package org.pmc.membership.internal;

import java.time.Instant;

/** One published version of the program agreement (R-MEM-6). */
public record ProgramAgreement(String version, String text, Instant publishedAt, String publishedBy) {}
