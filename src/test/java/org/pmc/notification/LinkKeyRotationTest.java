package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 13, over HTTP: the test profile is in the middle of a key rotation ({@code pmc.link-secret-previous}
 * set), so a link signed with the previous key opens its page, and one signed with a key the application does
 * not have is not valid. Removing the previous key is proven on {@link SignedLinks} itself (SignedLinksTest).
 */
class LinkKeyRotationTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  SignedLinks links;
  @Value("${pmc.link-secret-previous}")
  String previousKey;

  @Test
  @DisplayName("issue 13: an invitation link signed with the previous key opens the page; one of an unknown key is not valid")
  void linksOfThePreviousKeyOpenTheirPage() {
    Partner partner = partners.register("NL");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    // No mail has left yet (the tests run jobs themselves): until the first one, the invitation link names the person.
    UUID invitee = UUID.fromString(admin.post("/api/organizations/" + partner.organizationId() + "/invitations", """
        {"emails": "rotation@team.example", "locationId": "%s"}""".formatted(partner.hqLocationId()))
        .json().get("invited").get(0).get("individualId").asText());
    Instant later = Instant.now().plusSeconds(600);

    assertThat(page(links, invitee, later).status()).isEqualTo(200);
    assertThat(page(signedWith(previousKey), invitee, later).status()).isEqualTo(200);
    Http.Response unknownKey = page(signedWith("a-key-this-application-does-not-have"), invitee, later);
    assertThat(unknownKey.status()).isEqualTo(400);
    assertThat(unknownKey.page().select("main").text()).contains("This link is not valid.");
  }

  private Http.Response page(SignedLinks signer, UUID invitee, Instant expiresAt) {
    return new Http(port).get("/i/" + signer.token("invitation", invitee, expiresAt));
  }

  private static SignedLinks signedWith(String key) {
    return new SignedLinks(new NotificationProperties("http://localhost", key, "x"), Clock.systemUTC());
  }
}
