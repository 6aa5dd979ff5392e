package org.pmc.membership.internal;

import java.util.List;

/** R-SW-2: downloadable on-premises software, and apart from it the online services of the level. */
public record SoftwareList(List<SoftwareProduct> software, List<SoftwareProduct> onlineServices) {}
