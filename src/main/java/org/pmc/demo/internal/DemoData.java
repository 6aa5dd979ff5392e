package org.pmc.demo.internal;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.PostalAddress;
import org.pmc.people.NewAdmin;
import org.pmc.people.PeopleService;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default users and the demo organization of api.md, created at start-up when
 * {@code pmc.demo-data=true}; running it again changes nothing.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String DEMO_ADMIN = "admin@contoso.example";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final List<String> STAFF_GROUPS = List.of("rsc", "rsc-lead", "billing", "support");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final Registrations registrations;
  private final PeopleService people;
  private final OrganizationService organizations;
  private final DemoProperties passwords;

  DemoData(IdentityService identity, AuthorizationService authorizations, Registrations registrations,
      PeopleService people, OrganizationService organizations, DemoProperties passwords) {
    this.organizations = organizations;
    this.identity = identity;
    this.authorizations = authorizations;
    this.registrations = registrations;
    this.people = people;
    this.passwords = passwords;
  }

  @Override
  public void run(ApplicationArguments args) {
    STAFF_GROUPS.forEach(this::group);
    staffUser("rsc", "Riley", "Reviewer", passwords.rscPassword(), List.of("rsc", "billing", "support"));
    staffUser("lead", "Lee", "Lead", passwords.leadPassword(), List.of("rsc-lead"));
    staffUser("billing", "Bea", "Billing", passwords.billingPassword(), List.of("billing"));
    if (!people.isTaken(DEMO_ADMIN)) {
      OrganizationView contoso = registrations.register(new RegisterOrganization("Contoso Partners", "US",
          new NewAdmin("Alex", "Admin", DEMO_ADMIN, passwords.partnerPassword())));
      // R-ABTK-20: the HQ has somewhere to ship to, so that a newcomer can try ordering a plate right away.
      organizations.describeLocation(contoso.id(), contoso.hqLocationId(), "Contoso Partners HQ",
          new PostalAddress("1 Microsoft Way", null, "Redmond", "98052", "WA", "US"));
    }
    log.info("Demo data ready: organization 'Contoso Partners' with admin {}", DEMO_ADMIN);
  }

  private void group(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(id);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
      grantTasklist(id);
    }
  }

  /** Staff reach Tasklist; what they see in it is granted per process (RSC reviews, support tickets). */
  private void grantTasklist(String groupId) {
    // TasklistSetup grants the same at every start-up; whichever runs first creates it.
    if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.APPLICATION)
        .resourceId("tasklist").count() > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.APPLICATION);
    grant.setResourceId("tasklist");
    grant.addPermission(Permissions.ACCESS);
    authorizations.saveAuthorization(grant);
  }

  private void staffUser(String id, String firstName, String lastName, String password, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@rsc.pmc.example");
    user.setPassword(password);
    identity.saveUser(user);
    groups.forEach(group -> identity.createMembership(id, group));
  }
}
