package org.pmc.competency.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.internal.RenewalMails;
import org.pmc.competency.internal.RenewalNotice;
import org.pmc.competency.internal.RenewalProcess;
import org.pmc.organization.OrganizationService;
import org.pmc.competency.ReEnrollmentOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of {@code competency-renewal}: each reads the organization from the business key. */
@Configuration(proxyBeanMethods = false)
class RenewalSteps {

  /** Sets the year's timer dates from the (possibly extended) anniversary. */
  @Bean
  JavaDelegate planProgramYear(RenewalProcess process) {
    return execution -> execution.setVariables(process.programYear(organization(execution)));
  }

  /** "Open re-enrollment" (R-MEM-3, R-MEM-5): what follows the window (the renewal invoice) starts now. */
  @Bean
  JavaDelegate openReEnrollment(OrganizationService organizations, ApplicationEventPublisher events) {
    return execution -> events.publishEvent(new ReEnrollmentOpened(organization(execution),
        organizations.organization(organization(execution)).anniversaryDate()));
  }

  /** Mails the contacts; input {@code notice} says which mail. */
  @Bean
  JavaDelegate sendRenewalNotice(RenewalMails mails) {
    return execution -> mails.send(organization(execution),
        RenewalNotice.valueOf((String) execution.getVariableLocal("notice")));
  }

  /** At the anniversary: unmet competencies lapse (R-COMP-2), and the next program year starts. */
  @Bean
  JavaDelegate closeProgramYear(CompetencyStanding standing, OrganizationService organizations) {
    return execution -> {
      standing.renew(organization(execution));
      organizations.startNextProgramYear(organization(execution));
    };
  }

  private static UUID organization(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }
}
