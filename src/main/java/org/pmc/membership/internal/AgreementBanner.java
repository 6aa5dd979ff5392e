package org.pmc.membership.internal;

import org.pmc.membership.ProgramAgreements;
import org.pmc.web.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** R-MEM-6: whether the portal layout shows "A new program agreement…" (fragments/layout.html, on every page). */
@Component("agreementBanner")
public class AgreementBanner {

  private static final Logger log = LoggerFactory.getLogger(AgreementBanner.class);

  private final ProgramAgreements agreements;

  AgreementBanner(ProgramAgreements agreements) {
    this.agreements = agreements;
  }

  /** For a signed-in partner whose organization has not accepted the current version. */
  public boolean shown(Object principal) {
    if (!(principal instanceof PortalUser user)) {
      return false;
    }
    try {
      return agreements.awaitsAcceptance(user.organizationId());
    } catch (DataAccessException e) {
      // The banner never keeps a page from showing, the error page of a database outage least of all.
      log.warn("Program agreement banner left out: {}", e.getMessage());
      return false;
    }
  }
}
