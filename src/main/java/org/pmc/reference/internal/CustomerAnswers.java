package org.pmc.reference.internal;

import java.time.Clock;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.competency.EvidenceChanged;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.reference.internal.AnswerPage;
import org.pmc.reference.internal.CustomerAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer's side (R-REF-2, R-REF-7): the signed link names one reference; looking changes
 * nothing; the first answer is stored and delivered to the process, later ones show it again.
 */
@Service
public class CustomerAnswers {

  static final String LINK_PURPOSE = "reference-answer";

  private static final Logger log = LoggerFactory.getLogger(CustomerAnswers.class);

  private final CustomerReferences references;
  private final OrganizationService organizations;
  private final ReferenceProcess process;
  private final SignedLinks links;
  private final ActivityLog activity;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CustomerAnswers(CustomerReferences references, OrganizationService organizations, ReferenceProcess process,
      SignedLinks links, ActivityLog activity, PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.references = references;
    this.organizations = organizations;
    this.process = process;
    this.links = links;
    this.activity = activity;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** The link a customer gets for this reference; it dies with the request (R-REF-7). */
  public String link(CustomerReference reference) {
    return links.url("/r", LINK_PURPOSE, reference.getId(), reference.getRequestExpiresAt());
  }

  /** What the page behind a link shows. Throws InvalidLink for a tampered or expired token. */
  public AnswerPage view(String token) {
    return page(references.findById(links.verify(token, LINK_PURPOSE)).orElseThrow(UnknownReference::new));
  }

  /** Stores the first answer in its own transaction, then hands it to the process. */
  public AnswerPage answer(String token, CustomerAnswer answer) {
    return answer(links.verify(token, LINK_PURPOSE), answer);
  }

  /** The same answer, for a reference known by its id rather than its link (the demo organization's customers). */
  public AnswerPage answer(UUID referenceId, CustomerAnswer answer) {
    boolean changed;
    try {
      changed = transaction.execute(status -> {
        CustomerReference reference = references.findById(referenceId).orElseThrow(UnknownReference::new);
        boolean recorded = reference.recordAnswer(answer, clock.instant());
        if (recorded) {
          boolean confirmed = answer == CustomerAnswer.CONFIRM;
          if (confirmed) {
            // R-COMP-3
            events.publishEvent(EvidenceChanged.at(reference.getOrganizationId(), reference.getLocationId()));
          }
          activity.record(reference.getOrganizationId(), ActorKind.CUSTOMER, reference.getContactEmail(),
              confirmed ? "REFERENCE_CONFIRMED" : "REFERENCE_DECLINED", ReferenceActivity.ENTITY_TYPE, referenceId,
              ReferenceActivity.summary(reference, (confirmed ? "confirmed" : "declined") + " by the customer"));
        }
        return recorded;
      });
    } catch (OptimisticLockingFailureException concurrentAnswer) {
      changed = false; // a simultaneous click stored its answer first: show that one
    }
    CustomerReference reference = references.findById(referenceId).orElseThrow(UnknownReference::new);
    if (changed) {
      log.info("Customer answered {} for reference {}", answer, referenceId);
      process.deliverAnswer(reference);
    }
    return page(reference);
  }

  private AnswerPage page(CustomerReference reference) {
    OrganizationView partner = organizations.organization(reference.getOrganizationId());
    return new AnswerPage(partner.name(), ReferenceView.of(reference), reference.getAnswer(),
        reference.getAnsweredAt(), reference.awaitingCustomer());
  }

  /** The link is well signed but its reference is gone. */
  public static class UnknownReference extends RuntimeException {
    UnknownReference() {
      super("This reference no longer exists.");
    }
  }
}
