package org.pmc.membership.internal;

import java.time.Instant;

/** R-MEM-6: an organization accepted this version; who (their email) and when. */
public record AgreementAcceptance(String version, String acceptedBy, Instant acceptedAt) {}
