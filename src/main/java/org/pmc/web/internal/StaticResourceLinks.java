package org.pmc.web.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. With WebJars on the class path Spring Boot installs a filter that
 * rewrites every link of every rendered page into a versioned static-file URL; with static files served
 * at {@code /**} it looked each link up on the class path first, and links that are no file (a customer's
 * {@code /r/<token>}, never the same twice) were looked up again on every page: a tenth of the CPU of the
 * reference flow in the benchmark (issue 8). Version-less WebJars links still resolve when requested;
 * nothing here uses content-hashed file names. Registered disabled, so Boot does not install its own.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
