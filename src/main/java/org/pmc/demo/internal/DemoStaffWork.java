package org.pmc.demo.internal;

import org.pmc.review.DissociationRequests;
import org.pmc.support.SupportRequests;
import org.pmc.web.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What Contoso leaves for program staff: the dissociation of its Munich location waiting for the RSC's review in
 * Tasklist (R-LOC-5, R-REV-1), and a support ticket already escalated past its first channel's response target
 * (R-SUP-2, R-SUP-3), its timer run at once since a demonstration cannot wait for it. Each is made only while the
 * organization has never asked for one.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoStaffWork {

  private final DissociationRequests dissociations;
  private final SupportRequests support;

  DemoStaffWork(DissociationRequests dissociations, SupportRequests support) {
    this.dissociations = dissociations;
    this.support = support;
  }

  /** The number of requests made (none when they were made before). */
  int request(PortalUser admin, DemoPartner contoso) {
    int made = 0;
    if (!dissociations.anyRequested(contoso.organizationId())) {
      dissociations.request(contoso.organizationId(), contoso.location("Munich"),
          "The Munich team moves to Berlin; the office closes at the end of the quarter.", admin.email());
      made++;
    }
    if (!support.anyRaised(contoso.organizationId())) {
      support.passResponseTarget(support.raise(contoso.organizationId(), admin.individualId(), "TECHNICAL",
          "CLOUD", "OUTAGE", "Partner portal sign-in fails for our Lyon office",
          "Since this morning, people of Contoso Lyon cannot sign in to the partner portal; Redmond can."));
      made++;
    }
    return made;
  }
}
