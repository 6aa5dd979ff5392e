package org.pmc.notification.internal;

import java.util.Set;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * Issue 14: the mail health check opens an SMTP connection, so it is left out of the anonymous
 * {@code /actuator/health} answer (a stranger could make every node talk to the SMTP server, and an SMTP outage
 * marked the node down, though mail jobs are retried). It lives only in the group {@code mail},
 * {@code /actuator/health/mail}, which staff alone may ask (SecurityConfiguration); liveness and readiness never
 * included it. Boot offers no exclusion for the root answer: this wraps its group.
 */
@Component
class MailHealthForStaff implements HealthEndpointGroupsPostProcessor {

  static final String MAIL = "mail";

  @Override
  public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
    HealthEndpointGroup primary = new WithoutMail(groups.getPrimary());
    return new HealthEndpointGroups() {
      @Override
      public HealthEndpointGroup getPrimary() {
        return primary;
      }

      @Override
      public Set<String> getNames() {
        return groups.getNames();
      }

      @Override
      public HealthEndpointGroup get(String name) {
        return groups.get(name);
      }
    };
  }

  private record WithoutMail(HealthEndpointGroup group) implements HealthEndpointGroup {

    @Override
    public boolean isMember(String name) {
      return !MAIL.equals(name) && group.isMember(name);
    }

    @Override
    public boolean showComponents(SecurityContext context) {
      return group.showComponents(context);
    }

    @Override
    public boolean showDetails(SecurityContext context) {
      return group.showDetails(context);
    }

    @Override
    public StatusAggregator getStatusAggregator() {
      return group.getStatusAggregator();
    }

    @Override
    public HttpCodeStatusMapper getHttpCodeStatusMapper() {
      return group.getHttpCodeStatusMapper();
    }

    @Override
    public AdditionalHealthEndpointPath getAdditionalPath() {
      return group.getAdditionalPath();
    }
  }
}
