package org.pmc.competency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pmc.TestPartners.Partner;
import org.pmc.mcp.TestMcps;
import org.pmc.notification.SignedLinks;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerAnswers;
import org.pmc.reference.internal.NewReference;
import org.springframework.stereotype.Component;

/** Evidence toward Cloud Productivity at a location (R-COMP-3), as customers and MCPs would give it. */
@Component
class TestEvidence {

  private final TestMcps mcps;
  private final CustomerReferenceService references;
  private final CustomerAnswers answers;
  private final SignedLinks links;
  private final CompetencyStanding standing;
  private final Clock clock;

  TestEvidence(TestMcps mcps, CustomerReferenceService references, CustomerAnswers answers, SignedLinks links,
      CompetencyStanding standing, Clock clock) {
    this.mcps = mcps;
    this.references = references;
    this.answers = answers;
    this.links = links;
    this.standing = standing;
    this.clock = clock;
  }

  /** MCPs holding MCSA: Office 365 (it counts toward Cloud Productivity, Messaging and Small and Midmarket). */
  List<String> associateMcps(Partner partner, int count, UUID location) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String mcpId = mcps.register("Mia", "Cert" + i, "MCSA_OFFICE_365");
      mcps.associate(partner, mcpId, location);
      ids.add(mcpId);
    }
    standing.evaluate(partner.organizationId());
    return ids;
  }

  /** References to customers "Customer 0", "Customer 1", …, each confirmed by its customer. */
  List<UUID> approveReferences(Partner partner, int count, UUID location) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id = createReference(partner, location, i);
      answers.answer(links.token("reference-answer", id, Instant.now(clock).plusSeconds(3600)),
          CustomerAnswer.CONFIRM);
      ids.add(id);
    }
    return ids;
  }

  /** A reference awaiting its customer. */
  UUID createReference(Partner partner, UUID location, int n) {
    return references.create(partner.organizationId(), partner.adminId(), new NewReference("Customer " + n,
        "Contact", "contact" + n + "@customer.example", "Project", location, Competency.CLOUD_PRODUCTIVITY)).id();
  }
}
