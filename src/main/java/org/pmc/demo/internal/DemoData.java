package org.pmc.demo.internal;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default users and the demo organizations of api.md ({@link DemoOrganizations}), created at start-up when
 * {@code pmc.demo-data=true}; running it again changes nothing.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String DEMO_ADMIN = DemoOrganizations.CONTOSO_ADMIN;
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final List<String> STAFF_GROUPS = List.of("rsc", "rsc-lead", "billing", "support");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final DemoOrganizations organizations;
  private final DemoProperties passwords;

  DemoData(IdentityService identity, AuthorizationService authorizations, DemoOrganizations organizations,
      DemoProperties passwords) {
    this.organizations = organizations;
    this.identity = identity;
    this.authorizations = authorizations;
    this.passwords = passwords;
  }

  @Override
  public void run(ApplicationArguments args) {
    STAFF_GROUPS.forEach(this::group);
    staffUser("rsc", "Riley", "Reviewer", passwords.rscPassword(), List.of("rsc", "billing", "support"));
    staffUser("lead", "Lee", "Lead", passwords.leadPassword(), List.of("rsc-lead"));
    staffUser("billing", "Bea", "Billing", passwords.billingPassword(), List.of("billing"));
    log.info("Demo data ready: {}", organizations.create(passwords.partnerPassword()));
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
