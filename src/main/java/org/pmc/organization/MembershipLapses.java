package org.pmc.organization;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.internal.Organization;
import org.pmc.organization.internal.Organizations;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-MEM-5: an organization whose renewal is unpaid after the grace period falls to NETWORK, and paying later in
 * the program year restores the level it had. Each change is in the activity log and published, in the caller's
 * transaction, so that competencies lapse and come back with it. Lapsing or restoring twice changes nothing.
 */
@Service
public class MembershipLapses {

  private static final Logger log = LoggerFactory.getLogger(MembershipLapses.class);

  private final Organizations organizations;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;

  MembershipLapses(Organizations organizations, ActivityLog activity, ApplicationEventPublisher events,
      JdbcClient jdbc) {
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.activity = activity;
    this.events = events;
  }

  @Transactional
  public void lapse(UUID organizationId) {
    Organization organization = locked(organizationId);
    MembershipLevel level = organization.getMembershipLevel();
    if (organization.lapse()) {
      activity.record(organizationId, "MEMBERSHIP_LAPSED", "ORGANIZATION", organizationId,
          "Renewal unpaid after the grace period: level " + level + " lapsed to NETWORK");
      log.info("Organization {} lapsed from {} to NETWORK: renewal unpaid", organizationId, level);
      events.publishEvent(new MembershipLapsed(organizationId, level));
    }
  }

  @Transactional
  public void restore(UUID organizationId) {
    Organization organization = locked(organizationId);
    if (organization.restore()) {
      MembershipLevel level = organization.getMembershipLevel();
      activity.record(organizationId, "MEMBERSHIP_RESTORED", "ORGANIZATION", organizationId,
          "Renewal paid: level " + level + " restored");
      log.info("Organization {} restored to {}: renewal paid", organizationId, level);
      events.publishEvent(new MembershipRestored(organizationId, level));
    }
  }

  /**
   * Whether the organization's level is lapsed for an unpaid renewal (its competencies stay LAPSED until paid).
   * Read with SQL, not as an entity: an evaluation asks before it raises the level, and a stale entity in its
   * persistence context would make two evaluations at once collide on the organization's version.
   */
  @Transactional(readOnly = true)
  public boolean lapsed(UUID organizationId) {
    return jdbc.sql("select lapsed_level is not null from organization where id = ?").param(organizationId)
        .query(Boolean.class).optional().orElse(false);
  }

  private Organization locked(UUID organizationId) {
    return organizations.lockById(organizationId).orElseThrow(() -> new NotFound("Organization", organizationId));
  }
}
