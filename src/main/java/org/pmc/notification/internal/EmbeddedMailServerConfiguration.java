package org.pmc.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without {@code spring.mail.host}, all mail goes to an embedded SMTP server (GreenMail) that keeps
 * every message for the {@code /dev/mailbox} page, so a new user can play the customer's part.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class EmbeddedMailServerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServerConfiguration.class);

  @Bean(destroyMethod = "stop")
  GreenMail embeddedMailServer(@Value("${pmc.mail.embedded-port:2525}") int port) throws IOException {
    GreenMail server = new GreenMail(new ServerSetup(port == 0 ? freePort() : port, "127.0.0.1", "smtp"));
    server.start();
    log.info("Embedded SMTP server catching all mail on 127.0.0.1:{}", server.getSmtp().getPort());
    return server;
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail embeddedMailServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(embeddedMailServer.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    // GreenMail answers EHLO with several lines, each written on its own: with Nagle's algorithm on its
    // socket the second line waits for the client's delayed ACK, 40 ms on Linux, on every mail (the
    // benchmark found job threads waiting there more than half the time). HELO gets a one-line answer; the
    // embedded server needs none of the extensions EHLO would announce (no TLS, no authentication).
    sender.getJavaMailProperties().setProperty("mail.smtp.ehlo", "false");
    return sender;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
