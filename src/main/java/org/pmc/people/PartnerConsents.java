package org.pmc.people;

import java.time.Instant;
import java.util.List;
import org.pmc.web.PortalUser;

/**
 * Requests another organization makes that need this organization's consent, answered by the capability that asks
 * (e.g. a merge, R-LOC-8). Declared here so that the Tasks page shows them, with Accept and Decline, without people
 * depending on that capability.
 */
public interface PartnerConsents {

  /** The consents waiting for this admin's answer, oldest first; only those the admin may give. */
  List<ConsentRequest> waitingFor(PortalUser admin);

  /**
   * What is asked, what it does on this organization's side, since when, and where the Accept and Decline form
   * posts (with {@code accept} true or false).
   */
  record ConsentRequest(String about, List<String> impact, Instant since, String answerAction) {

    public ConsentRequest {
      impact = List.copyOf(impact);
    }
  }
}
