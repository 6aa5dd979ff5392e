package org.pmc.people;

import java.util.List;
import java.util.UUID;
import org.pmc.organization.LocationDissociated;
import org.pmc.organization.OrganizationsMerged;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people hold at a location, as the RSC sees it before a dissociation or a merge, and how it follows the
 * change once approved, in the transaction that carries it out.
 */
@Service
public class PeopleOfLocations {

  /** Rejected and removed people are history: they neither move nor count. */
  private static final List<IndividualStatus> GONE = List.of(IndividualStatus.REJECTED, IndividualStatus.REMOVED);

  private final Individuals individuals;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final AssociationProcess associations;

  PeopleOfLocations(Individuals individuals, JdbcClient jdbc, ApplicationEventPublisher events,
      AssociationProcess associations) {
    this.associations = associations;
    this.individuals = individuals;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** R-LOC-5: the people associated at a location, the program contacts held there and its privileges. */
  @Transactional(readOnly = true)
  public HeldAtLocation heldAt(UUID locationId) {
    return new HeldAtLocation((int) individuals.countByLocationIdAndStatusNotIn(locationId, GONE),
        jdbc.sql("select role from location_contact where location_id = ? order by role").param(locationId)
            .query(String.class).list(),
        jdbc.sql("select count(*) from privilege_grant where location_id = ?").param(locationId)
            .query(Integer.class).single());
  }

  /** R-LOC-7: the people an organization has, rejected and removed ones aside. */
  @Transactional(readOnly = true)
  public int countOf(UUID organizationId) {
    return (int) individuals.countByOrganizationIdAndStatusNotIn(organizationId, GONE);
  }

  /**
   * R-LOC-5 (decided): the people move to the parent location (a lone HQ has none: they stay), invited ones too,
   * and, R-LOC-9, the association requests whose link was not clicked yet; contacts, privileges and admin scopes
   * held there are released.
   */
  @EventListener
  void dissociated(LocationDissociated dissociated) {
    UUID location = dissociated.locationId();
    if (dissociated.parentId() != null) {
      individuals.moveToParent(location, dissociated.parentId());
      jdbc.sql("update pending_association_request set location_id = ? where location_id = ? and confirmed_at is null")
          .params(dissociated.parentId(), location).update();
    }
    for (String table : List.of("location_contact", "privilege_grant", "admin_location")) {
      jdbc.sql("delete from " + table + " where location_id = ?").param(location).update();
    }
  }

  /**
   * R-LOC-7 (decided): the merged organization's people and privileges move here; its global admins become
   * location admins of their former HQ: they keep their own tree, not the whole merged organization. R-LOC-8: its
   * running association requests and invitations go on under this organization; the moved people's sessions end.
   */
  @EventListener
  void merged(OrganizationsMerged merged) {
    List<UUID> moved = individuals.associatedIds(merged.mergedOrganizationId());
    jdbc.sql("insert into admin_location (individual_id, location_id) select id, ? from individual"
        + " where organization_id = ? and role = 'GLOBAL_ADMIN' on conflict do nothing")
        .params(merged.mergedHqLocationId(), merged.mergedOrganizationId()).update();
    individuals.moveTo(merged.organizationId(), merged.mergedOrganizationId());
    jdbc.sql("update privilege_grant set organization_id = ? where organization_id = ?")
        .params(merged.organizationId(), merged.mergedOrganizationId()).update();
    associations.moveTo(merged.organizationId(), merged.mergedOrganizationId());
    events.publishEvent(new PeopleMerged(merged.organizationId(), moved));
  }

  /** What a location holds of people: associated people, program contact roles, privileges granted there. */
  public record HeldAtLocation(int people, List<String> contacts, int privileges) {}
}
