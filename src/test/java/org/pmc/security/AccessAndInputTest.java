package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.notification.SignedLinks;
import org.springframework.beans.factory.annotation.Autowired;

/** Who gets in, and what bad input gets back: always a clear 4xx, never a 500, nothing stored. */
class AccessAndInputTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  SignedLinks links;

  Partner partner;
  Http api;

  @BeforeEach
  void signIn() {
    partner = partners.register("FR");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  void anonymousApiCallsAre401WithProblemJson() {
    Http.Response response = new Http(port).get("/api/organizations/" + partner.organizationId());
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).isEqualTo("https://pmc.example/problems/unauthorized");
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void aWrongPasswordIs401() {
    assertThat(new Http(port).as(partner.adminEmail(), "wrong-password")
        .get("/api/organizations/" + partner.organizationId()).status()).isEqualTo(401);
  }

  @Test
  void anotherOrganizationIs403AndAnUnknownOneIs404() {
    Partner other = partners.register("FR");
    assertThat(api.get("/api/organizations/" + other.organizationId()).status()).isEqualTo(403);
    assertThat(api.get("/api/organizations/" + other.organizationId() + "/references").status()).isEqualTo(403);
    assertThat(api.get("/api/organizations/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void anotherOrganizationsReferenceIs404InYourOwn() {
    Partner other = partners.register("FR");
    String id = new Http(port).as(other.adminEmail(), TestPartners.PASSWORD)
        .post("/api/organizations/" + other.organizationId() + "/references", reference(other.hqLocationId()))
        .json().get("id").asText();
    assertThat(api.get("/api/organizations/" + partner.organizationId() + "/references/" + id).status())
        .isEqualTo(404);
  }

  @Test
  void aLocationOfAnotherOrganizationIsRefusedNamingTheField() {
    Partner other = partners.register("FR");
    Http.Response response = api.post(references(), reference(other.hqLocationId()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(field(response.json())).isEqualTo("locationId");
  }

  @Test
  void validationErrorsNameEachField() {
    Http.Response response = api.post(references(), """
        {"customerCompany": "", "contactName": "N", "contactEmail": "not-an-address",
         "description": "x", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(partner.hqLocationId()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("customerCompany", "contactEmail");
    assertThat(api.get(references()).json()).isEmpty();
  }

  @Test
  void oversizedFieldsUnknownEnumsWrongTypesAndBrokenJsonAre400() {
    String tooLong = "x".repeat(201);
    Http.Response oversized = api.post(references(), reference(partner.hqLocationId())
        .replace("\"Northwind\"", "\"" + tooLong + "\""));
    assertThat(oversized.status()).isEqualTo(400);
    assertThat(field(oversized.json())).isEqualTo("customerCompany");

    Http.Response unknownEnum = api.post(references(), reference(partner.hqLocationId())
        .replace("CLOUD_PRODUCTIVITY", "KNITTING"));
    assertThat(unknownEnum.status()).isEqualTo(400);
    assertThat(field(unknownEnum.json())).isEqualTo("competency");

    Http.Response wrongType = api.post(references(), reference(partner.hqLocationId())
        .replace("\"" + partner.hqLocationId() + "\"", "42"));
    assertThat(wrongType.status()).isEqualTo(400);

    assertThat(api.post(references(), "{not json").status()).isEqualTo(400);
    assertThat(api.get("/api/organizations/not-a-uuid").status()).isEqualTo(400);
    assertThat(api.get(references() + "?page=-1").status()).isEqualTo(400);
    assertThat(api.get(references() + "?status=SHINY").status()).isEqualTo(400);
    assertThat(api.get(references()).json()).isEmpty();
  }

  @Test
  void unknownPathsAndWrongMethodsAreClear4xx() {
    assertThat(api.get("/api/organizations/" + partner.organizationId() + "/no-such-thing").status()).isEqualTo(404);
    assertThat(api.delete("/api/organizations/" + partner.organizationId()).status()).isEqualTo(405);
    assertThat(api.put(references(), "{}").status()).isEqualTo(405);
  }

  @Test
  void registrationValidatesCountryAndPassword() {
    Http.Response response = new Http(port).post("/api/organizations", """
        {"name": "Nowhere", "country": "QQ", "admin": {"firstName": "A", "lastName": "B",
         "email": "nowhere@example.org", "password": "long-enough-password"}}""");
    assertThat(response.status()).isEqualTo(400);
    assertThat(field(response.json())).isEqualTo("country");

    Http.Response shortPassword = new Http(port).post("/api/organizations", """
        {"name": "Short", "country": "FR", "admin": {"firstName": "A", "lastName": "B",
         "email": "short@example.org", "password": "short"}}""");
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(field(shortPassword.json())).isEqualTo("admin.password");
  }

  @Test
  @DisplayName("R-REF-7: a tampered or foreign token gets a clear 400 page; an expired one 410")
  void tamperedAndExpiredTokensAreRefused() {
    String referenceId = api.post(references(), reference(partner.hqLocationId())).json().get("id").asText();
    String token = links.token("reference-answer", UUID.fromString(referenceId), Instant.now().plusSeconds(600));
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
    String forOtherPurpose = links.token("invitation", UUID.fromString(referenceId), Instant.now().plusSeconds(600));
    String expired = links.token("reference-answer", UUID.fromString(referenceId), Instant.now().minusSeconds(1));

    Http customer = new Http(port);
    assertThat(customer.get("/r/" + tampered).status()).isEqualTo(400);
    assertThat(customer.get("/r/" + tampered).body()).contains("This link does not work");
    assertThat(customer.get("/r/" + forOtherPurpose).status()).isEqualTo(400);
    assertThat(customer.get("/r/garbage").status()).isEqualTo(400);
    assertThat(customer.get("/r/" + expired).status()).isEqualTo(410);
    assertThat(customer.get("/r/" + token).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-REF-7: an answer without the page's CSRF token is refused and changes nothing")
  void answeringWithoutCsrfIsRefused() {
    String referenceId = api.post(references(), reference(partner.hqLocationId())).json().get("id").asText();
    runDueJobsOf(byBusinessKey(referenceId));
    String link = Mails.answerLink(mailTo("nina@northwind.example").get(0));
    Http.Response response = new Http(port).postForm(link.substring(link.indexOf("/r/")),
        Map.of("answer", "confirm"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(api.get(references() + "/" + referenceId).json().get("status").asText())
        .isEqualTo("AWAITING_CUSTOMER");
  }

  @Test
  void engineRestNeedsACamundaUser() {
    assertThat(new Http(port).get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD)
        .get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(new Http(port).asCamundaAdmin().get("/engine-rest/process-definition").status())
        .isEqualTo(200);
  }

  @Test
  void portalPagesNeedASignInAndMetricsNeedTheCamundaAdmin() {
    Http.Response portal = new Http(port).get("/portal/references");
    assertThat(portal.status()).isEqualTo(302);
    assertThat(portal.header("Location")).endsWith("/portal/login");
    assertThat(new Http(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(new Http(port).asCamundaAdmin().get("/actuator/prometheus").body())
        .contains("camunda_");
    assertThat(new Http(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(new Http(port).get("/actuator/health").json().get("components").has("mail")).isFalse(); // issue 14: staff only
    assertThat(new Http(port).get("/actuator/health").json().get("components").has("db")).isTrue();
  }

  private String references() {
    return "/api/organizations/" + partner.organizationId() + "/references";
  }

  private static String reference(UUID locationId) {
    return """
        {"customerCompany": "Northwind", "contactName": "Nina North", "contactEmail": "nina@northwind.example",
         "description": "Migrated 400 mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(locationId);
  }

  private static String field(JsonNode problem) {
    return problem.get("errors").get(0).get("field").asText();
  }
}
