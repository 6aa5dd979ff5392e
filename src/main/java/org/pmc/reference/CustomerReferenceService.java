package org.pmc.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.ActorKind;
import org.pmc.competency.Competency;
import org.pmc.competency.CountingReference;
import org.pmc.competency.EvidenceChanged;
import org.pmc.competency.ReferenceEvidence;
import org.pmc.notification.MailQuota;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.LocationDissociated;
import org.pmc.organization.OrganizationsMerged;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.reference.internal.CustomerReference;
import org.pmc.reference.internal.CustomerReferences;
import org.pmc.reference.internal.NewReference;
import org.pmc.reference.internal.ReferenceActivity;
import org.pmc.reference.internal.ReferenceAssignment;
import org.pmc.reference.internal.ReferenceFilter;
import org.pmc.reference.internal.ReferenceProcess;
import org.pmc.reference.internal.ReferenceView;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The partner's side of customer references (R-REF-1, R-REF-4, R-REF-6), and the process's steps. */
@Service
public class CustomerReferenceService implements ReferenceEvidence {

  private static final Logger log = LoggerFactory.getLogger(CustomerReferenceService.class);

  private final CustomerReferences references;
  private final OrganizationService organizations;
  private final ReferenceProcess process;
  private final ActivityLog activity;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final MailQuota mailQuota;
  private final RetryTemplate retryOnConflict = RetryTemplate.builder()
      .maxAttempts(4)
      .exponentialBackoff(50, 2, 500)
      .retryOn(List.of(OptimisticLockingException.class,
          ObjectOptimisticLockingFailureException.class))
      .build();

  CustomerReferenceService(CustomerReferences references, OrganizationService organizations,
      ReferenceProcess process, ActivityLog activity, PlatformTransactionManager transactions, Clock clock,
      ApplicationEventPublisher events, MailQuota mailQuota) {
    this.mailQuota = mailQuota;
    this.events = events;
    this.references = references;
    this.organizations = organizations;
    this.process = process;
    this.activity = activity;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** R-REF-1, R-REF-2: stores the reference and starts its confirmation process in one transaction. */
  @Transactional
  public ReferenceView create(UUID organizationId, UUID createdBy, NewReference details) {
    organizations.activeLocation(organizationId, details.locationId(), "locationId");
    // Issue 14: the confirmation request; its two reminders are not counted (docs/security.md).
    mailQuota.reserve(organizationId, 1);
    CustomerReference reference = references.save(
        new CustomerReference(organizationId, createdBy, details, clock.instant()));
    process.start(reference);
    activity.record(organizationId, "REFERENCE_CREATED", ReferenceActivity.ENTITY_TYPE, reference.getId(),
        ReferenceActivity.summary(reference, "created"));
    log.info("Reference {} for {} created by {}; confirmation requested from the customer", reference.getId(),
        reference.getCustomerCompany(), createdBy);
    return ReferenceView.of(reference);
  }

  @Transactional(readOnly = true)
  public Page<ReferenceView> list(UUID organizationId, ReferenceFilter filter, Pageable pageable) {
    return references.findAll(filter.in(organizationId), pageable).map(ReferenceView::of);
  }

  /** R-COMP-3: per location, approved and unexpired references for each competency. */
  @Override
  @Transactional(readOnly = true)
  public Map<UUID, Map<Competency, Integer>> approvedReferences(UUID organizationId) {
    return byLocation(references.approvedCounts(organizationId, clock.instant()));
  }

  /** The same for some locations of the organization (R-COMP-3: the ones whose evidence changed). */
  @Override
  @Transactional(readOnly = true)
  public Map<UUID, Map<Competency, Integer>> approvedReferences(UUID organizationId, Collection<UUID> locationIds) {
    return byLocation(references.approvedCountsAt(organizationId, locationIds, clock.instant()));
  }

  /** R-COMP-3: the references behind those counts, for the competency planner and Manage Competencies. */
  @Override
  @Transactional(readOnly = true)
  public List<CountingReference> countingReferences(UUID organizationId, Optional<UUID> locationId) {
    return locationId.map(at -> references.countingAt(organizationId, at, clock.instant()))
        .orElseGet(() -> references.counting(organizationId, clock.instant()));
  }

  private static Map<UUID, Map<Competency, Integer>> byLocation(List<Object[]> locationCompetencyCounts) {
    Map<UUID, Map<Competency, Integer>> counts = new HashMap<>();
    for (Object[] row : locationCompetencyCounts) {
      counts.computeIfAbsent((UUID) row[0], location -> new EnumMap<>(Competency.class))
          .put((Competency) row[1], ((Long) row[2]).intValue());
    }
    return counts;
  }

  @Transactional(readOnly = true)
  public long count(UUID organizationId, ReferenceStatus status) {
    return references.countByOrganizationIdAndStatus(organizationId, status);
  }

  @Transactional(readOnly = true)
  public ReferenceView get(UUID organizationId, UUID referenceId) {
    return ReferenceView.of(find(organizationId, referenceId));
  }

  /** R-REF-6: Assign to another location or competency of the same organization. */
  @Transactional
  public ReferenceView reassign(UUID organizationId, UUID referenceId, ReferenceAssignment assignment) {
    LocationView location = organizations.activeLocation(organizationId, assignment.locationId(), "locationId");
    CustomerReference reference = find(organizationId, referenceId);
    UUID before = reference.getLocationId();
    reference.reassign(assignment.locationId(), assignment.competency());
    if (assignment.contactLanguage() != null) {
      reference.contactSpeaks(assignment.contactLanguage());
    }
    // R-REF-6: both assignments re-evaluated
    events.publishEvent(EvidenceChanged.at(organizationId, before, assignment.locationId()));
    activity.record(organizationId, "REFERENCE_ASSIGNED", ReferenceActivity.ENTITY_TYPE, referenceId,
        ReferenceActivity.summary(reference, "assigned to " + location.name()));
    log.info("Reference {} assigned to location {} for {}", referenceId, assignment.locationId(),
        assignment.competency());
    return ReferenceView.of(reference);
  }

  /**
   * R-REF-4: withdrawn, and its process ended, in one transaction; retried when it collides with a
   * step of the process that runs at the same moment.
   */
  public ReferenceView withdraw(UUID organizationId, UUID referenceId) {
    return retryOnConflict.execute(attempt -> transaction.execute(status -> {
      CustomerReference reference = find(organizationId, referenceId);
      reference.withdraw();
      references.flush();
      process.deliverWithdrawal(referenceId);
      events.publishEvent(EvidenceChanged.at(organizationId, reference.getLocationId()));
      activity.record(organizationId, "REFERENCE_WITHDRAWN", ReferenceActivity.ENTITY_TYPE, referenceId,
          ReferenceActivity.summary(reference, "withdrawn"));
      log.info("Reference {} withdrawn", referenceId);
      return ReferenceView.of(reference);
    }));
  }

  /**
   * Process step after the answer arrived or 30 days passed: the outcome, for routing. Without an
   * answer the reference is unconfirmed (R-REF-5); an answer stored meanwhile still counts.
   */
  @Transactional
  public Map<String, Object> closeRequest(UUID referenceId) {
    CustomerReference reference = references.findById(referenceId).orElseThrow();
    boolean awaiting = reference.awaitingCustomer();
    CustomerAnswer answer = reference.closeRequest();
    if (awaiting && reference.getStatus() == ReferenceStatus.UNCONFIRMED) {
      activity.record(reference.getOrganizationId(), ActorKind.SYSTEM, "system", "REFERENCE_UNCONFIRMED",
          ReferenceActivity.ENTITY_TYPE, referenceId,
          ReferenceActivity.summary(reference, "unconfirmed: the customer did not answer within 30 days"));
    }
    log.info("Confirmation request of reference {} closed with answer {}", referenceId, answer);
    return ReferenceProcess.answerVariables(reference, answer);
  }

  /** Process step: R-REF-3, two years after approval. */
  @Transactional
  public void expire(UUID referenceId) {
    CustomerReference reference = references.findById(referenceId).orElseThrow();
    boolean approved = reference.getStatus() == ReferenceStatus.APPROVED;
    reference.expire();
    if (approved) {
      events.publishEvent(EvidenceChanged.at(reference.getOrganizationId(), reference.getLocationId()));
      activity.record(reference.getOrganizationId(), ActorKind.SYSTEM, "system", "REFERENCE_EXPIRED",
          ReferenceActivity.ENTITY_TYPE, referenceId,
          ReferenceActivity.summary(reference, "expired, two years after approval"));
    }
    log.info("Reference {} expired", referenceId);
  }

  private CustomerReference find(UUID organizationId, UUID referenceId) {
    return references.findByIdAndOrganizationId(referenceId, organizationId)
        .orElseThrow(() -> new NotFound("Reference", referenceId));
  }

  /** R-LOC-5: the references at a location that count or may count (awaiting the customer or approved). */
  @Transactional(readOnly = true)
  public int countAt(UUID locationId) {
    return (int) references.countByLocationIdAndStatusIn(locationId,
        List.of(ReferenceStatus.AWAITING_CUSTOMER, ReferenceStatus.APPROVED));
  }

  /**
   * R-LOC-9 (decided): a reference still awaiting its customer moves with the people of a dissociated location to
   * its parent; decided ones stay there, kept for history.
   */
  @EventListener
  void dissociated(LocationDissociated dissociated) {
    if (dissociated.parentId() != null) {
      references.moveAwaitingCustomer(dissociated.locationId(), dissociated.parentId());
    }
  }

  /** How many months the home page's chart shows, this one included. */
  public static final int MONTHS = 12;

  /**
   * The organization's references created in each of the last {@link #MONTHS} months, this one included, by their
   * status now: one aggregate query. The months are those of the program's time zone (the application clock's),
   * their starts computed here, so the answer depends neither on the database's zone nor on the machine's.
   */
  @Transactional(readOnly = true)
  public ReferencesPerMonth perMonth(UUID organizationId) {
    ZoneId zone = clock.getZone();
    YearMonth first = YearMonth.now(clock).minusMonths(MONTHS - 1);
    List<YearMonth> months = IntStream.range(0, MONTHS).mapToObj(first::plusMonths).toList();
    List<Instant> bounds = IntStream.rangeClosed(0, MONTHS)
        .mapToObj(i -> first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant()).toList();
    Map<ReferenceStatus, Long[]> counts = new EnumMap<>(ReferenceStatus.class);
    for (ReferenceStatus status : ReferenceStatus.values()) {
      Long[] zeros = new Long[MONTHS];
      Arrays.fill(zeros, 0L);
      counts.put(status, zeros);
    }
    String array = bounds.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
    for (Object[] row : references.countsPerMonth(organizationId, array, bounds.get(0), bounds.get(MONTHS))) {
      counts.get(ReferenceStatus.valueOf((String) row[1]))[((Number) row[0]).intValue() - 1] =
          ((Number) row[2]).longValue();
    }
    Map<ReferenceStatus, List<Long>> perStatus = new EnumMap<>(ReferenceStatus.class);
    counts.forEach((status, perMonth) -> perStatus.put(status, List.of(perMonth)));
    return new ReferencesPerMonth(months, perStatus);
  }

  /** R-LOC-7: every reference of an organization. */
  @Transactional(readOnly = true)
  public int countOf(UUID organizationId) {
    return (int) references.countByOrganizationId(organizationId);
  }

  /** R-LOC-7: a merged organization's customer references move with it, in the transaction of the merge. */
  @EventListener
  void merged(OrganizationsMerged merged) {
    references.moveTo(merged.organizationId(), merged.mergedOrganizationId());
  }
}
