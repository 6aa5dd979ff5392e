package org.pmc.people.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.people.AssociationProcess;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.InviteMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-PPL-1: invitations by list whose individual-association instance is not started yet. A batch is
 * claimed with row locks that other transactions skip, so two nodes (or two jobs) never start the same
 * person twice; a person who completed their profile or was deleted meanwhile needs no instance.
 */
@Component
class PendingInvitations {

  private final JdbcClient jdbc;
  private final AssociationProcess process;

  PendingInvitations(JdbcClient jdbc, AssociationProcess process) {
    this.jdbc = jdbc;
    this.process = process;
  }

  /** In the caller's transaction: starts the instances of at most {@code batch} pending invitations. */
  int startNext(int batch) {
    List<Claimed> claimed = jdbc.sql("""
        update individual set association_pending = false
        where id in (select id from individual where association_pending order by created_at limit ?
                     for update skip locked)
        returning id, organization_id, invite_method, status, email""")
        .param(batch)
        .query((row, n) -> new Claimed(row.getObject("id", UUID.class), row.getObject("organization_id", UUID.class),
            InviteMethod.valueOf(row.getString("invite_method")), IndividualStatus.valueOf(row.getString("status")),
            row.getString("email")))
        .list();
    claimed.stream().filter(Claimed::awaitsProfile)
        .forEach(person -> process.start(person.id(), person.organizationId(), person.method(), person.email()));
    return claimed.size();
  }

  boolean any() {
    return jdbc.sql("select exists (select 1 from individual where association_pending)").query(Boolean.class)
        .single();
  }

  private record Claimed(UUID id, UUID organizationId, InviteMethod method, IndividualStatus status,
      String email) {

    boolean awaitsProfile() {
      return status == IndividualStatus.AWAITING_PROFILE || status == IndividualStatus.INVITED;
    }
  }
}
