package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Issue 14 (3), MAIL-QUOTA: an organization that has paid for anything is trusted with 5,000 mails a day. */
class PaymentTrustsMailTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  @Test
  @DisplayName("Issue 14, MAIL-QUOTA: paying an invoice raises the daily mail quota from 200 to 5,000; a list of 201 "
      + "then passes")
  void payingRaisesTheQuota() {
    Partner partner = partners.register("DE");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String org = "/api/organizations/" + partner.organizationId();
    JsonNode order = admin.post(org + "/plaques/orders", """
        {"items": [{"kind": "PLATE", "locationId": "%s"}]}""".formatted(partner.hqLocationId())).json();
    String invoiceId = order.get("invoiceId").asText();
    JsonNode price = order.get("price");
    assertThat(admin.get(org + "/mail-quota").json().get("dailyLimit").asInt()).isEqualTo(200);

    assertThat(new TestPayments(port, secret).pay(invoiceId, price.get("amount").asText(),
        price.get("currency").asText(), "TRUST-" + invoiceId.substring(0, 8)).status()).isEqualTo(202);

    JsonNode quota = admin.get(org + "/mail-quota").json();
    assertThat(quota.get("dailyLimit").asInt()).isEqualTo(5_000);
    assertThat(quota.get("basis").asText()).isEqualTo("TRUSTED");
    String list = String.join(";", java.util.stream.IntStream.range(0, 201)
        .mapToObj(n -> "paid" + n + "@trusted.example").toList());
    assertThat(admin.post(org + "/invitations", """
        {"emails": "%s", "locationId": "%s"}""".formatted(list, partner.hqLocationId())).json().get("invited"))
        .hasSize(201);
  }
}
