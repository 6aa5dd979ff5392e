package org.pmc.people;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.OrganizationService;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.Individuals;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Privileges per location and associated individual (R-ROLE-2) within the download quota (R-ROLE-3). */
@Service
public class Privileges {

  private static final Logger log = LoggerFactory.getLogger(Privileges.class);

  private final JdbcClient jdbc;
  private final Individuals individuals;
  private final OrganizationService organizations;
  private final AdminScope scope;
  private final Clock clock;
  private final ActivityLog activity;

  Privileges(JdbcClient jdbc, Individuals individuals, OrganizationService organizations, AdminScope scope,
      Clock clock, ActivityLog activity) {
    this.activity = activity;
    this.jdbc = jdbc;
    this.individuals = individuals;
    this.organizations = organizations;
    this.scope = scope;
    this.clock = clock;
  }

  /** R-ROLE-3: the quota, how much of it is used, and every grant. */
  @Transactional(readOnly = true)
  public Summary summary(UUID organizationId) {
    List<Grant> grants = jdbc.sql("""
        select location_id, individual_id, privilege from privilege_grant where organization_id = ?
        order by location_id, individual_id, privilege""")
        .param(organizationId)
        .query((rs, n) -> new Grant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            Privilege.valueOf(rs.getString(3))))
        .list();
    return new Summary(limit(organizationId), softwareDownloadsUsed(organizationId), grants);
  }

  /**
   * R-ROLE-2: only associated individuals; R-ROLE-3: SOFTWARE_DOWNLOAD within the organization's quota,
   * counted under a per-organization lock so two grants at once cannot both take the last place.
   */
  @Transactional
  public Grant grant(UUID organizationId, PortalUser admin, UUID locationId, UUID individualId,
      Privilege privilege) {
    organizations.activeLocation(organizationId, locationId, "locationId");
    scope.requireLocation(admin, locationId);
    Individual person = individuals.ofOrganization(organizationId, individualId);
    if (!person.isAssociated()) {
      throw new BusinessRuleViolation("R-ROLE-2", "Privileges are for individuals associated with the organization");
    }
    if (privilege == Privilege.SOFTWARE_DOWNLOAD) {
      jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("privileges-" + organizationId)
          .query(Object.class).single();
      int limit = limit(organizationId);
      if (!holds(locationId, individualId, privilege) && softwareDownloadsUsed(organizationId) >= limit) {
        throw new BusinessRuleViolation("R-ROLE-3", "All " + limit
            + " software download privileges are in use; remove one from someone first");
      }
    }
    jdbc.sql("""
        insert into privilege_grant (organization_id, location_id, individual_id, privilege, granted_at)
        values (?, ?, ?, ?, ?) on conflict do nothing""")
        .params(organizationId, locationId, individualId, privilege.name(),
            java.sql.Timestamp.from(clock.instant())).update();
    activity.record(organizationId, "PRIVILEGE_GRANTED", "INDIVIDUAL", individualId,
        privilege + " granted to " + person.getEmail());
    log.info("{} granted {} to {} at location {}", admin.email(), privilege, individualId, locationId);
    return new Grant(locationId, individualId, privilege);
  }

  /** R-ROLE-3: removing a privilege frees its place for someone else. */
  @Transactional
  public void revoke(UUID organizationId, PortalUser admin, UUID locationId, UUID individualId,
      Privilege privilege) {
    organizations.location(organizationId, locationId);
    scope.requireLocation(admin, locationId);
    jdbc.sql("delete from privilege_grant where location_id = ? and individual_id = ? and privilege = ?")
        .params(locationId, individualId, privilege.name()).update();
    activity.record(organizationId, "PRIVILEGE_REVOKED", "INDIVIDUAL", individualId, privilege + " removed");
  }

  /**
   * R-SW-1: whether the individual holds the privilege at this location, or at any location of their
   * organization when {@code locationIdOrNull} is null. Nobody holds one implicitly, global admins neither.
   */
  @Transactional(readOnly = true)
  public boolean holds(UUID individualId, Privilege privilege, UUID locationIdOrNull) {
    if (locationIdOrNull != null) {
      return holds(locationIdOrNull, individualId, privilege);
    }
    return jdbc.sql("select count(*) from privilege_grant where individual_id = ? and privilege = ?")
        .params(individualId, privilege.name()).query(Integer.class).single() > 0;
  }

  private boolean holds(UUID locationId, UUID individualId, Privilege privilege) {
    return jdbc.sql("""
        select count(*) from privilege_grant where location_id = ? and individual_id = ? and privilege = ?""")
        .params(locationId, individualId, privilege.name()).query(Integer.class).single() > 0;
  }

  private int softwareDownloadsUsed(UUID organizationId) {
    return jdbc.sql("""
        select count(*) from privilege_grant where organization_id = ? and privilege = 'SOFTWARE_DOWNLOAD'""")
        .param(organizationId).query(Integer.class).single();
  }

  private int limit(UUID organizationId) {
    return organizations.organization(organizationId).membershipLevel().softwareDownloadLimit();
  }

  /** A removed person holds nothing any more (R-ROLE-1, R-ROLE-3: their places are free again). */
  @EventListener
  void release(IndividualRemoved removed) {
    jdbc.sql("delete from privilege_grant where individual_id = ?").param(removed.individualId()).update();
  }

  /** One privilege held by one individual at one location. */
  public record Grant(UUID locationId, UUID individualId, Privilege privilege) {}

  /** R-ROLE-3: the page shows how many software download privileges remain. */
  public record Summary(int softwareDownloadLimit, int softwareDownloadUsed, List<Grant> grants) {}
}
