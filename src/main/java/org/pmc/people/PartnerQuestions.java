package org.pmc.people;

import java.time.Instant;
import java.util.List;
import org.pmc.web.PortalUser;

/**
 * Questions staff ask the partner's admins, answered by the capability that asks them (e.g. the RSC's question on
 * a review, R-REV-4). Declared here so that the Tasks page shows them without people depending on that
 * capability.
 */
public interface PartnerQuestions {

  /** The questions waiting for this admin's answer, oldest first. */
  List<PartnerQuestion> waitingFor(PortalUser admin);

  /** What is asked about, the question, since when, and where the answer form posts. */
  record PartnerQuestion(String about, String question, Instant since, String answerAction) {}
}
