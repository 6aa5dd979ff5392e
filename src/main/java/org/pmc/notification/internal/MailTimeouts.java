package org.pmc.notification.internal;

import java.time.Duration;
import java.util.Properties;
import org.pmc.notification.Mail;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Issue 14: connect, read and write timeouts on every mail sender, the embedded one and a configured SMTP server
 * ({@code pmc.mail.timeout}, 10 s by default). Jakarta Mail waits forever without them: a server that accepts and
 * never answers held every job thread. A timeout the operator set in {@code spring.mail.properties} wins.
 */
@Component
class MailTimeouts implements BeanPostProcessor {

  static final Duration DEFAULT = Duration.ofSeconds(10);

  private final String millis;

  MailTimeouts(Environment environment) {
    this.millis = String.valueOf(Binder.get(environment).bind("pmc.mail.timeout", Duration.class).orElse(DEFAULT)
        .toMillis());
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof JavaMailSenderImpl sender) {
      Properties properties = sender.getJavaMailProperties();
      for (String protocol : new String[] {"smtp", "smtps"}) {
        for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
          properties.putIfAbsent("mail." + protocol + "." + timeout, millis);
        }
      }
    }
    return bean;
  }
}
