package org.pmc.security.internal;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.pmc.security.internal.StaffPasswordPolicy;
import org.springframework.stereotype.Component;

/**
 * Hands {@link StaffPasswordPolicy} to the engine before it starts; Camunda applies it when
 * {@code enable-password-policy} is on (application.yml). A plugin of the Spring Boot starter, so no engine
 * {@code impl} class is named here (architecture.md, "Staying portable").
 */
@Component
class StaffPasswordPolicyRegistration extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setPasswordPolicy(new StaffPasswordPolicy());
  }
}
