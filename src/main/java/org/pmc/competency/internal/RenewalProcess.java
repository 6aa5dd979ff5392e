package org.pmc.competency.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.organization.AnniversaryExtended;
import org.pmc.organization.OrganizationRegistered;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code competency-renewal} process: one instance per organization (business key), looping over
 * its program years. The timers are dates the domain computes from the anniversary (R-MEM-2, R-MEM-3).
 */
@Component
public class RenewalProcess {

  static final String KEY = "competency-renewal";
  static final String ANNIVERSARY_MOVED = "anniversaryMoved";
  static final String ORGANIZATION_MERGED = "organizationMerged";
  /** R-MEM-3: the re-enrollment window opens 90 days before the anniversary; reminders at 30 and 7. */
  static final int WINDOW_DAYS = 90;
  static final int FIRST_REMINDER_DAYS = 30;
  static final int LAST_REMINDER_DAYS = 7;

  private final RuntimeService runtime;
  private final OrganizationService organizations;

  RenewalProcess(RuntimeService runtime, OrganizationService organizations) {
    this.runtime = runtime;
    this.organizations = organizations;
  }

  /** A registered organization's first program year starts with it, in the same transaction. */
  @EventListener
  void registered(OrganizationRegistered registered) {
    runtime.startProcessInstanceByKey(KEY, registered.organizationId().toString(),
        Map.of("organizationId", registered.organizationId().toString()));
  }

  /** R-MEM-4, R-ABTK-11: an extended anniversary re-plans the running year, in the same transaction. */
  @EventListener
  void anniversaryExtended(AnniversaryExtended extended) {
    runtime.createMessageCorrelation(ANNIVERSARY_MOVED)
        .processInstanceBusinessKey(extended.organizationId().toString())
        .correlateAll();
  }

  /** R-LOC-8: the merged organization's program years end with the merge, in the same transaction. */
  @EventListener
  void merged(OrganizationsMerged merged) {
    runtime.createMessageCorrelation(ORGANIZATION_MERGED)
        .processInstanceBusinessKey(merged.mergedOrganizationId().toString())
        .correlateAll();
  }

  /** The timer dates of the organization's current program year. */
  Map<String, Object> programYear(UUID organizationId) {
    LocalDate anniversary = organizations.organization(organizationId).anniversaryDate();
    return Map.of(
        "windowOpensAt", startOf(anniversary.minusDays(WINDOW_DAYS)),
        "firstReminderAt", startOf(anniversary.minusDays(FIRST_REMINDER_DAYS)),
        "lastReminderAt", startOf(anniversary.minusDays(LAST_REMINDER_DAYS)),
        "anniversaryAt", startOf(anniversary));
  }

  private static Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
