package org.pmc.people;

import java.util.List;
import java.util.UUID;
import org.pmc.people.internal.AdminAppointments;
import org.pmc.people.internal.AdminAppointments.Appointment;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.AssociationRequests;
import org.pmc.people.internal.InviteMultiple;
import org.pmc.people.internal.Invitations;
import org.pmc.people.internal.SingleInvite;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.stereotype.Service;

/**
 * People joining an organization the way its admin brings them in or they ask to (R-PPL-1 to R-PPL-4, R-ROLE-4),
 * for callers that are neither the People pages nor the person's links, such as the demo organization: each step
 * acts as that admin or person and goes through the same rules, processes and mails.
 */
@Service
public class Newcomers {

  private final PortalUsers users;
  private final Invitations invitations;
  private final AdminAppointments appointments;
  private final AssociationRequests requests;

  Newcomers(PortalUsers users, Invitations invitations, AdminAppointments appointments,
      AssociationRequests requests) {
    this.users = users;
    this.invitations = invitations;
    this.appointments = appointments;
    this.requests = requests;
  }

  /** R-PPL-1: invited by list, pre-approved; associated once they complete their profile. The person's id. */
  public UUID inviteByList(String adminEmail, UUID locationId, String email) {
    PortalUser admin = admin(adminEmail);
    return invitations.inviteMultiple(admin.organizationId(), admin, new InviteMultiple(email, locationId))
        .invited().get(0).individualId();
  }

  /** R-PPL-2: invited one by one; an admin approves them once they complete their profile. The person's id. */
  public UUID inviteOne(String adminEmail, UUID locationId, String firstName, String lastName, String email) {
    PortalUser admin = admin(adminEmail);
    return invitations.inviteSingle(admin.organizationId(), admin,
        new SingleInvite(firstName, lastName, email, locationId)).id();
  }

  /**
   * R-PPL-3: a person asks to join the organization at a location and clicks the link of the mail that follows;
   * an admin approves them. The person's id.
   */
  public UUID askToJoin(String partnerNumber, UUID locationId, String firstName, String lastName, String email) {
    return requests.confirm(requests.request(new AssociationRequest(partnerNumber, locationId, firstName, lastName,
        email))).id();
  }

  /** R-PPL-1, R-PPL-2: what the person does on the invitation page. */
  public void completeProfile(UUID individualId, String firstName, String lastName, String password) {
    invitations.completeProfile(individualId, firstName, lastName, password);
  }

  /** R-PPL-2, R-PPL-3: the admin's decision on a person awaiting approval. */
  public void decide(String adminEmail, UUID individualId, boolean approve) {
    PortalUser admin = admin(adminEmail);
    invitations.decide(admin.organizationId(), admin, individualId, approve);
  }

  /** R-ROLE-4: a global admin makes an associated person a global or location admin. */
  public void appoint(String adminEmail, UUID individualId, Role role, List<UUID> locationIds) {
    PortalUser admin = admin(adminEmail);
    appointments.appoint(admin.organizationId(), admin, individualId, new Appointment(role, locationIds));
  }

  /** R-PPL-4: removed from the organization's lists. */
  public void remove(String adminEmail, UUID individualId) {
    PortalUser admin = admin(adminEmail);
    invitations.delete(admin.organizationId(), admin, individualId);
  }

  private PortalUser admin(String email) {
    return users.byEmail(email).orElseThrow(() -> new NotFound("Individual", email));
  }
}
