package org.pmc.ordering.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A provider's hosted checkout reached by a signed redirect: {@code base-url?merchant&session&amount&currency
 * &return&signature}, the signature being the hex HMAC-SHA256 of {@code merchant=..&session=..&amount=..
 * &currency=..&return=..} (values unencoded, in this order) with {@code pmc.payments.provider.secret}, so nobody
 * can change the amount on the way. The provider answers with a signed notification naming the session.
 */
@Component
@ConditionalOnExpression("!(" + SandboxCheckout.ACTIVE + ")")
public class HostedCheckout implements PaymentProvider {

  private final PaymentProviderProperties provider;
  private final String returnUrl;

  public HostedCheckout(PaymentProviderProperties provider, @Value("${pmc.public-url}") String publicUrl) {
    // Production refuses to start without them (ProductionSettings); demo mode gets here with a base URL only.
    if (provider.baseUrl() == null || provider.merchantId() == null || provider.secret() == null) {
      throw new IllegalStateException("pmc.payments.provider.base-url, merchant-id and secret must all be set to "
          + "pay at a payment provider (operations.md, \"Payment provider\")");
    }
    this.provider = provider;
    this.returnUrl = publicUrl + "/portal/invoices";
  }

  @Override
  public Checkout start(CheckoutSession session) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("merchant", provider.merchantId());
    fields.put("session", session.id().toString());
    fields.put("amount", session.amount().amount().toPlainString());
    fields.put("currency", session.amount().currency());
    fields.put("return", returnUrl);
    String signed = fields.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
        .collect(Collectors.joining("&"));
    fields.put("signature", PaymentSignature.hmac(provider.secret().getBytes(StandardCharsets.UTF_8),
        signed.getBytes(StandardCharsets.UTF_8)));
    String query = fields.entrySet().stream()
        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return new Checkout(URI.create(provider.baseUrl() + (provider.baseUrl().contains("?") ? "&" : "?") + query),
        session.id().toString());
  }
}
