package org.pmc.ordering.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.pmc.ordering.internal.Invoices;
import org.pmc.web.ProblemType;
import org.pmc.web.PublicOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/payments/notifications}: public, but signed (X-Signature, HMAC-SHA256 of the raw body).
 * Every order type is paid this way; the process waiting for the payment has the order id as business key.
 * 202 whenever the signature is right, whatever the notification changed (a payment that does not pay its
 * invoice goes to billing review); 401 otherwise.
 */
@RestController
class PaymentController {

  private static final Logger log = LoggerFactory.getLogger(PaymentController.class);

  private final PaymentSignature signature;
  private final Payments payments;
  private final Invoices invoices;
  private final ObjectMapper json;

  PaymentController(PaymentSignature signature, Payments payments, Invoices invoices, ObjectMapper json) {
    this.signature = signature;
    this.payments = payments;
    this.invoices = invoices;
    this.json = json;
  }

  @Operation(summary = "Notify a payment (payment provider)")
  @PublicOperation(rateLimited = true)
  @ApiResponse(responseCode = "202", description = "Signed right: recorded")
  @ApiResponse(responseCode = "401", description = "The X-Signature header is missing or does not match the body",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(path = "/api/payments/notifications", consumes = MediaType.ALL_VALUE)
  ResponseEntity<?> notification(@RequestBody(required = false) byte[] body,
      @RequestHeader(name = "X-Signature", required = false) String sent) {
    byte[] raw = body == null ? new byte[0] : body;
    if (!signature.matches(raw, sent)) {
      ProblemDetail problem = ProblemType.UNAUTHORIZED.problem("Bad signature",
          "The X-Signature header is missing or does not match the body");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    PaymentNotification payment;
    try {
      payment = json.readValue(raw, PaymentNotification.class);
    } catch (java.io.IOException e) {
      log.warn("Unreadable payment notification: {}", new String(raw, StandardCharsets.UTF_8));
      ProblemDetail problem = ProblemType.INVALID_REQUEST.problem("Unreadable notification",
          "The notification is not {invoiceId, amount: {amount, currency}, paymentReference}");
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    payments.record(payment, Payments.Channel.PROVIDER).paid().ifPresent(invoices::deliverPayment);
    return ResponseEntity.accepted().build();
  }
}
