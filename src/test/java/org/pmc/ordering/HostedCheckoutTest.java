package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.SignedNotifications;
import org.pmc.ordering.internal.CheckoutSession;
import org.pmc.ordering.internal.HostedCheckout;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.PaymentProvider.Checkout;
import org.pmc.ordering.internal.PaymentProviderProperties;

/** Production's payment provider adapter: the link to the hosted checkout, as a provider checks it. */
class HostedCheckoutTest {

  private static final String SECRET = "provider-secret-".repeat(3);

  @Test
  @DisplayName("R-ABTK-19: the checkout link carries merchant, session, amount, currency and return address, signed with the provider's secret")
  void theLinkIsSigned() {
    HostedCheckout provider = new HostedCheckout(new PaymentProviderProperties("https://pay.provider.example/checkout",
        "pmc-merchant", SECRET), "https://pmc.example.org");
    UUID session = UUID.randomUUID();

    Checkout checkout = provider.start(new CheckoutSession(session, UUID.randomUUID(), "PMC-2026-000001",
        "Action Pack", new Money(new BigDecimal("437.00"), "EUR"), "OPEN", Instant.parse("2026-01-01T10:00:00Z")));

    URI url = checkout.url();
    assertThat(url.getScheme() + "://" + url.getHost() + url.getPath())
        .isEqualTo("https://pay.provider.example/checkout");
    String fields = "merchant=pmc-merchant&session=" + session + "&amount=437.00&currency=EUR&return=";
    String returnUrl = "https://pmc.example.org/portal/invoices";
    assertThat(url.getRawQuery()).isEqualTo(fields + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8)
        + "&signature=" + SignedNotifications.sign(SECRET, fields + returnUrl));
    assertThat(checkout.providerSession()).isEqualTo(session.toString());
  }
}
