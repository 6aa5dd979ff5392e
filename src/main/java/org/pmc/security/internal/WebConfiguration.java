package org.pmc.security.internal;

import org.pmc.security.internal.OrganizationAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final OrganizationAccess organizationAccess;

  WebConfiguration(OrganizationAccess organizationAccess) {
    this.organizationAccess = organizationAccess;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(organizationAccess).addPathPatterns("/api/organizations/*/**");
  }
}
