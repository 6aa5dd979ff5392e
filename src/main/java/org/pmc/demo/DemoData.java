package org.pmc.demo;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.pmc.notification.NotificationProperties;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.RegisterOrganization;
import org.pmc.people.NewAdmin;
import org.pmc.people.PeopleService;
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
  /** The groups that answer support tickets in Tasklist (R-SUP-3). */

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final DemoProperties passwords;
  private final NotificationProperties notification;

  DemoData(IdentityService identity, AuthorizationService authorizations, OrganizationService organizations,
      PeopleService people, DemoProperties passwords, NotificationProperties notification) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.organizations = organizations;
    this.people = people;
    this.passwords = passwords;
    this.notification = notification;
  }

  @Override
  public void run(ApplicationArguments args) {
    STAFF_GROUPS.forEach(this::group);
    staffUser("rsc", "Riley", "Reviewer", passwords.rscPassword(), List.of("rsc", "billing", "support"));
    staffUser("lead", "Lee", "Lead", passwords.leadPassword(), List.of("rsc-lead"));
    staffUser("billing", "Bea", "Billing", passwords.billingPassword(), List.of("billing"));
    if (!people.isTaken(DEMO_ADMIN)) {
      organizations.register(new RegisterOrganization("Contoso Partners", "US",
          new NewAdmin("Alex", "Admin", DEMO_ADMIN, passwords.partnerPassword())));
    }
    String url = notification.publicUrl();
    log.info("""

        Partner Membership Center is ready.
          Portal        {}/portal           partner admin {} (password from pmc.demo.partner-password)
          Tasklist      {}/camunda/app/tasklist/   RSC reviewer 'rsc', RSC lead 'lead', billing 'billing', Camunda admin 'admin'
          Cockpit       {}/camunda/app/cockpit/
          API           {}/swagger-ui.html  (HTTP Basic with a portal email and password)
          Caught mail   {}/dev/mailbox      (only while no spring.mail.host is set)
        """, url, DEMO_ADMIN, url, url, url, url);
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
