package org.pmc.membership.internal;

import java.util.List;
import java.util.UUID;

/** Where to get one product, and the languages and operating systems to choose from (R-SW-2). */
public record SoftwareDownload(UUID productId, String name, String url, List<String> languages,
    List<String> operatingSystems) {}
