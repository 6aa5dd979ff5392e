package org.pmc.people.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.organization.LocationAdded;
import org.pmc.organization.OrganizationService;
import org.pmc.people.AdminScope;
import org.pmc.people.IndividualRemoved;
import org.pmc.people.internal.ContactRole;
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

/** Program contacts per location (R-ROLE-1), inherited by new locations (R-LOC-2). */
@Service
public class ProgramContacts {

  private static final Logger log = LoggerFactory.getLogger(ProgramContacts.class);

  private final JdbcClient jdbc;
  private final Individuals individuals;
  private final OrganizationService organizations;
  private final AdminScope scope;
  private final ActivityLog activity;

  ProgramContacts(JdbcClient jdbc, Individuals individuals, OrganizationService organizations, AdminScope scope,
      ActivityLog activity) {
    this.activity = activity;
    this.jdbc = jdbc;
    this.individuals = individuals;
    this.organizations = organizations;
    this.scope = scope;
  }

  @Transactional(readOnly = true)
  public List<Contact> contacts(UUID organizationId, UUID locationId) {
    organizations.location(organizationId, locationId);
    return jdbc.sql("select role, individual_id from location_contact where location_id = ? order by role")
        .param(locationId)
        .query((rs, n) -> new Contact(ContactRole.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
        .list();
  }

  /** R-ROLE-1: only an individual associated with the organization can hold a contact role. */
  @Transactional
  public Contact assign(UUID organizationId, PortalUser admin, UUID locationId, ContactRole role,
      UUID individualId) {
    organizations.activeLocation(organizationId, locationId, "locationId");
    scope.requireLocation(admin, locationId);
    Individual person = individuals.ofOrganization(organizationId, individualId);
    if (!person.isAssociated()) {
      throw new BusinessRuleViolation("R-ROLE-1",
          "Only individuals associated with the organization can hold a contact role");
    }
    jdbc.sql("""
        insert into location_contact (location_id, role, individual_id) values (?, ?, ?)
        on conflict (location_id, role) do update set individual_id = excluded.individual_id""")
        .params(locationId, role.name(), individualId).update();
    activity.record(organizationId, "CONTACT_ASSIGNED", "LOCATION", locationId,
        person.getEmail() + " is the " + role + " contact");
    log.info("{} made {} the {} contact of location {}", admin.email(), individualId, role, locationId);
    return new Contact(role, individualId);
  }

  @Transactional
  public void remove(UUID organizationId, PortalUser admin, UUID locationId, ContactRole role) {
    organizations.location(organizationId, locationId);
    scope.requireLocation(admin, locationId);
    jdbc.sql("delete from location_contact where location_id = ? and role = ?")
        .params(locationId, role.name()).update();
    activity.record(organizationId, "CONTACT_REMOVED", "LOCATION", locationId, role + " contact removed");
  }

  /** R-LOC-2: a new location starts with the contacts of its parent. */
  @EventListener
  void inheritFromParent(LocationAdded added) {
    jdbc.sql("""
        insert into location_contact (location_id, role, individual_id)
        select ?, role, individual_id from location_contact where location_id = ?""")
        .params(added.locationId(), added.parentId()).update();
  }

  /** A removed person holds nothing any more (R-ROLE-1, R-ROLE-3: their places are free again). */
  @EventListener
  void release(IndividualRemoved removed) {
    jdbc.sql("delete from location_contact where individual_id = ?").param(removed.individualId()).update();
  }

  /** A contact role and who holds it. */
  public record Contact(ContactRole role, UUID individualId) {}
}
