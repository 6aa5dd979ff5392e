package org.pmc.ordering.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The payment provider of demo mode: its hosted checkout is a page of this application
 * ({@code /sandbox/checkout/{session}}), and its Pay sends what a provider sends, a signed notification posted over
 * HTTP to this application's own {@code /api/payments/notifications}, so the real webhook path runs. Only in demo
 * mode without a configured provider, as {@code /dev/mailbox} only without an SMTP server.
 */
@Component
@ConditionalOnExpression(SandboxCheckout.ACTIVE)
class SandboxCheckout implements PaymentProvider {

  static final String ACTIVE = "'${pmc.mode:}' == 'demo' && '${pmc.payments.provider.base-url:}'.isEmpty()";

  private static final Logger log = LoggerFactory.getLogger(SandboxCheckout.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final PaymentSignature signature;
  private final ObjectMapper json;
  private final Environment environment;
  private final RestClient http;

  SandboxCheckout(PaymentSignature signature, ObjectMapper json, Environment environment,
      RestClient.Builder http) {
    this.signature = signature;
    this.json = json;
    this.environment = environment;
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
    requests.setReadTimeout(TIMEOUT);
    this.http = http.requestFactory(requests).build();
  }

  @Override
  public Checkout start(CheckoutSession session) {
    return new Checkout(URI.create("/sandbox/checkout/" + session.id()), "sandbox-" + session.id());
  }

  /**
   * The card is charged: notifies this application as the provider would, the session's id making the payment
   * reference, so a second notification for it is a duplicate in the ledger. False when it was not accepted.
   */
  boolean pay(CheckoutSession session) {
    try {
      byte[] body = json.writeValueAsBytes(new PaymentNotification(session.invoiceId(), session.amount(),
          "SANDBOX-" + session.id(), session.id()));
      http.post().uri(webhook()).contentType(MediaType.APPLICATION_JSON)
          .header("X-Signature", signature.sign(body)).body(body).retrieve().toBodilessEntity();
      return true;
    } catch (JsonProcessingException | RestClientException e) {
      log.warn("Sandbox payment of checkout session {} not delivered: {}", session.id(), e.getMessage());
      return false;
    }
  }

  /** This server's own port: the sandbox runs on the machine it pays, whatever address users open. */
  private String webhook() {
    return "http://localhost:" + environment.getProperty("local.server.port")
        + environment.getProperty("server.servlet.context-path", "") + "/api/payments/notifications";
  }
}
