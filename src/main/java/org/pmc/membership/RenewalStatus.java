package org.pmc.membership;

import java.util.UUID;

/**
 * Where an organization's renewal stands (R-MEM-5), for the license statement and the home page; implemented by
 * the capability that invoices it (ordering).
 */
public interface RenewalStatus {

  RenewalView renewal(UUID organizationId);
}
