package org.pmc.security.internal;

import java.util.List;
import org.pmc.platform.DeploymentMode;
import org.pmc.security.internal.ProductionSettings;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks production settings before any bean is created, so the app stops before it opens a database
 * connection, deploys a process or creates the Camunda admin with a weak password (issue 13).
 */
@Component
class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (DeploymentMode.of(environment) != DeploymentMode.PRODUCTION) {
      return;
    }
    List<String> problems = ProductionSettings.problems(environment);
    if (!problems.isEmpty()) {
      throw new UnsafeProductionSettings(problems);
    }
  }
}
