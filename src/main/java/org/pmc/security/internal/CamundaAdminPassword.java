package org.pmc.security.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The Camunda admin's password is {@code pmc.admin.password} (PMC_ADMIN_PASSWORD) at every start, not only
 * when the user is first created: an operator who rotates it, or moves a demo database to production, is
 * never left with the old one (issue 13). Camunda's starter creates the user on an empty database.
 */
@Component
class CamundaAdminPassword implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CamundaAdminPassword.class);

  private final IdentityService identity;
  private final String adminId;
  private final String password;

  CamundaAdminPassword(IdentityService identity, @Value("${camunda.bpm.admin-user.id}") String adminId,
      @Value("${pmc.admin.password}") String password) {
    this.identity = identity;
    this.adminId = adminId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    User admin = identity.createUserQuery().userId(adminId).singleResult();
    if (admin == null) {
      return;
    }
    // Saved whatever it was: checking the old one first would count as a failed sign-in in Camunda.
    admin.setPassword(password);
    identity.saveUser(admin);
    log.info("Camunda admin '{}' has the password from pmc.admin.password", adminId);
  }
}
