package org.pmc.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/** Plain-text mail templates ({@code templates/mail/*.txt}) beside Boot's HTML resolver. */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

  @Bean
  ITemplateResolver textMailTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("mail/*.txt"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setOrder(1);
    resolver.setCheckExistence(true);
    return resolver;
  }
}
