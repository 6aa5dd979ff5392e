package org.pmc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;

/** The customer-reference flow as its users see it, over a real HTTP port and real SMTP. */
class CustomerReferenceEndToEndTest extends IntegrationTest {

  @Test
  @DisplayName("R-REF-1..3, R-REF-7: register, create, customer opens the link twice, confirms once; approved for two years")
  void customerConfirmsThroughTheLinkInTheEmail() {
    Http partner = new Http(port);
    JsonNode organization = signUp().register("Fabrikam", "DE", "Ann", "Lee",
        "ann@fabrikam-e2e.example", "a-long-password");
    String org = organization.get("id").asText();
    partner.as("ann@fabrikam-e2e.example", "a-long-password");

    Http.Response created = partner.post("/api/organizations/" + org + "/references", """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "nina@northwind-e2e.example",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(organization.get("hqLocationId").asText()));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("status").asText()).isEqualTo("AWAITING_CUSTOMER");
    String referenceId = created.json().get("id").asText();
    String referencePath = "/api/organizations/" + org + "/references/" + referenceId;

    runDueJobsOf(byBusinessKey(referenceId));
    MimeMessage mail = mailTo("nina@northwind-e2e.example").get(0);
    String link = Mails.answerLink(mail);
    String page = link.substring(link.indexOf("/r/"));

    Http customer = new Http(port);
    Http.Response first = customer.get(page);
    Http.Response second = customer.get(page);
    assertThat(first.status()).isEqualTo(200);
    assertThat(second.body()).contains("Fabrikam", "Northwind", "Migrated 400 mailboxes", "Confirm", "Decline");
    assertThat(partner.get(referencePath).json().get("status").asText()).isEqualTo("AWAITING_CUSTOMER");

    Http.Response confirmed = customer.postForm(page, Map.of("answer", "confirm", "_csrf", second.csrfToken()));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.body()).contains("you confirmed this reference");

    JsonNode approved = partner.get(referencePath).json();
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    Instant approvedAt = Instant.parse(approved.get("approvedAt").asText());
    assertThat(Instant.parse(approved.get("expiresAt").asText()))
        .isEqualTo(approvedAt.atOffset(ZoneOffset.UTC).plusYears(2).toInstant());

    Http.Response again = customer.postForm(page, Map.of("answer", "decline", "_csrf", confirmed.csrfToken().isEmpty()
        ? second.csrfToken() : confirmed.csrfToken()));
    assertThat(again.body()).contains("you confirmed this reference");
    assertThat(partner.get(referencePath).json().get("status").asText()).isEqualTo("APPROVED");

    runDueJobsOf(byBusinessKey(referenceId));
    assertThat(mailTo("ann@fabrikam-e2e.example")).extracting(Mails::subject)
        .containsExactly("Confirm the registration of your organization", "Customer reference confirmed by Northwind");
  }
}
