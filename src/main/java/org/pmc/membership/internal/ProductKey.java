package org.pmc.membership.internal;

import java.util.UUID;

/** The organization's key for one product (R-SW-1), in the usual five groups of five characters. */
public record ProductKey(UUID productId, String name, String key) {}
