package org.pmc.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.SignUp;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.people.internal.Invitations;
import org.springframework.beans.factory.annotation.Autowired;

/** Location hierarchy (R-LOC-2..4), program contacts and privileges (R-ROLE-1..3), admin scopes (R-ROLE-4). */
class RolesAndHierarchyTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;

  Partner partner;
  Http admin;
  String hq;

  @BeforeEach
  void organization() {
    partner = partners.register("DK");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    hq = partner.hqLocationId().toString();
  }

  @Test
  @DisplayName("R-LOC-3: a location moves with its subtree, never under itself or a descendant; the HQ does not move")
  void movingLocations() {
    String north = addLocation("North", hq);
    String northEast = addLocation("North East", north);
    String south = addLocation("South", hq);

    JsonNode moved = admin.post(org("/locations/" + north + "/move"), "{\"parentId\": \"" + south + "\"}").json();
    assertThat(moved.get("parentId").asText()).isEqualTo(south);
    assertThat(parentOf(northEast)).isEqualTo(north);
    assertThat(admin.get(org("/activity?type=LOCATION_MOVED")).json().findValuesAsText("summary"))
        .containsExactly("Location North moved under South");

    Http.Response underDescendant = admin.post(org("/locations/" + north + "/move"),
        "{\"parentId\": \"" + northEast + "\"}");
    assertThat(underDescendant.status()).isEqualTo(409);
    assertThat(underDescendant.json().get("rule").asText()).isEqualTo("R-LOC-3");
    assertThat(admin.post(org("/locations/" + north + "/move"), "{\"parentId\": \"" + north + "\"}")
        .json().get("rule").asText()).isEqualTo("R-LOC-3");
    assertThat(admin.post(org("/locations/" + hq + "/move"), "{\"parentId\": \"" + south + "\"}")
        .json().get("rule").asText()).isEqualTo("R-LOC-4");
  }

  @Test
  @DisplayName("R-LOC-4: a new HQ becomes the root, the old HQ its child; the rest keeps its sub-hierarchy")
  void selectingANewHeadquarters() {
    String north = addLocation("North", hq);
    String northEast = addLocation("North East", north);
    String south = addLocation("South", hq);

    JsonNode organization = admin.post(org("/headquarters"), "{\"locationId\": \"" + northEast + "\"}").json();

    assertThat(organization.get("hqLocationId").asText()).isEqualTo(northEast);
    assertThat(parentOf(northEast)).isEqualTo("null");
    assertThat(parentOf(hq)).isEqualTo(northEast);
    assertThat(parentOf(north)).isEqualTo(hq);
    assertThat(parentOf(south)).isEqualTo(hq);
  }

  @Test
  @DisplayName("R-LOC-2, R-ROLE-1: contacts are associated individuals; a new location takes its parent's")
  void contactsAreInheritedAndOnlyForAssociatedPeople() {
    assertThat(admin.put(org("/locations/" + hq + "/contacts/BILLING"),
        "{\"individualId\": \"" + partner.adminId() + "\"}").status()).isEqualTo(200);
    String invitee = invite("pending@contacts.example", hq);
    Http.Response refused = admin.put(org("/locations/" + hq + "/contacts/PRIMARY"),
        "{\"individualId\": \"" + invitee + "\"}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ROLE-1");

    String branch = addLocation("Branch", hq);
    JsonNode contacts = admin.get(org("/locations/" + branch + "/contacts")).json();
    assertThat(contacts).hasSize(1);
    assertThat(contacts.get(0).get("role").asText()).isEqualTo("BILLING");
    assertThat(contacts.get(0).get("individualId").asText()).isEqualTo(partner.adminId().toString());
  }

  @Test
  @DisplayName("R-ROLE-2, R-ROLE-3: software download is limited to 5 for Network; removing one frees a place")
  void softwareDownloadQuota() {
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(associate("dev" + i + "@quota.example"));
    }
    for (int i = 0; i < 5; i++) {
      assertThat(grant(people.get(i)).status()).isEqualTo(200);
    }
    Http.Response sixth = grant(people.get(5));
    assertThat(sixth.status()).isEqualTo(409);
    assertThat(sixth.json().get("rule").asText()).isEqualTo("R-ROLE-3");
    JsonNode summary = admin.get(org("/privileges")).json();
    assertThat(summary.get("softwareDownloadLimit").asInt()).isEqualTo(5);
    assertThat(summary.get("softwareDownloadUsed").asInt()).isEqualTo(5);

    assertThat(admin.delete(org("/locations/" + hq + "/privileges/" + people.get(0) + "/SOFTWARE_DOWNLOAD"))
        .status()).isEqualTo(204);
    assertThat(grant(people.get(5)).status()).isEqualTo(200);
    assertThat(admin.put(org("/locations/" + hq + "/privileges/" + invite("x@quota.example", hq) + "/PRODUCT_KEYS"),
        "").json().get("rule").asText()).isEqualTo("R-ROLE-2");
  }

  @Test
  @DisplayName("R-ROLE-4: a location admin acts on their locations and sub-locations only")
  void locationAdminScope() {
    String east = addLocation("East", hq);
    String eastSub = addLocation("East Sub", east);
    String west = addLocation("West", hq);
    String manager = associate("manager@scope.example");
    assertThat(admin.put(org("/admins/" + manager), """
        {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(east)).status()).isEqualTo(200);
    Http locationAdmin = new Http(port).as("manager@scope.example", "a-long-password");

    assertThat(locationAdmin.post(org("/invitations"), invitation("a@scope.example", eastSub)).status())
        .isEqualTo(200);
    assertThat(locationAdmin.post(org("/invitations"), invitation("b@scope.example", west)).status())
        .isEqualTo(403);
    assertThat(locationAdmin.post(org("/locations"), """
        {"name": "East 2", "country": "DK", "parentId": "%s"}""".formatted(east)).status()).isEqualTo(201);
    assertThat(locationAdmin.post(org("/locations"), """
        {"name": "HQ 2", "country": "DK", "parentId": "%s"}""".formatted(hq)).status()).isEqualTo(403);
    assertThat(locationAdmin.post(org("/locations/" + eastSub + "/move"), "{\"parentId\": \"" + west + "\"}")
        .status()).isEqualTo(403);
    assertThat(locationAdmin.post(org("/references"), reference(eastSub)).status()).isEqualTo(201);
    assertThat(locationAdmin.post(org("/references"), reference(west)).status()).isEqualTo(403);

    SignUp signUp = signUp();
    signUp.requestAssociation(partner.partnerNumber(), west, "W", "W", "w@scope.example");
    signUp.requestAssociation(partner.partnerNumber(), eastSub, "E", "E", "e@scope.example");
    assertThat(locationAdmin.get(org("/tasks")).json().findValuesAsText("email")).containsExactly("e@scope.example");
    assertThat(admin.get(org("/tasks")).json().findValuesAsText("email"))
        .containsExactlyInAnyOrder("e@scope.example", "w@scope.example");
  }

  @Test
  @DisplayName("R-ROLE-4: an organization keeps at least one global admin")
  void lastGlobalAdminStays() {
    Http.Response response = admin.delete(org("/admins/" + partner.adminId()));
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("rule").asText()).isEqualTo("R-ROLE-4");
  }

  @Test
  @DisplayName("Issue 14, R-ROLE-4: a location admin cannot remove a global admin at their location (403)")
  void locationAdminCannotRemoveAGlobalAdmin() {
    String second = associate("second@global.example");
    assertThat(admin.put(org("/admins/" + second), "{\"role\": \"GLOBAL_ADMIN\"}").status()).isEqualTo(200);
    String manager = associate("manager@hq.example");
    assertThat(admin.put(org("/admins/" + manager), """
        {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(hq)).status()).isEqualTo(200);
    Http locationAdmin = new Http(port).as("manager@hq.example", "a-long-password");

    Http.Response refused = locationAdmin.delete(org("/people/" + partner.adminId()));

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-ROLE-4");
    assertThat(admin.get(org("/people?email=" + partner.adminEmail())).json().findValuesAsText("status"))
        .containsExactly("ASSOCIATED");
    assertThat(admin.delete(org("/people/" + second)).status()).isEqualTo(204);
  }

  private static String reference(String location) {
    return """
        {"customerCompany": "Scoped", "contactName": "C", "contactEmail": "c@scoped.example",
         "description": "d", "locationId": "%s", "competency": "MESSAGING"}""".formatted(location);
  }

  private Http.Response grant(String individualId) {
    return admin.put(org("/locations/" + hq + "/privileges/" + individualId + "/SOFTWARE_DOWNLOAD"), "");
  }

  private String associate(String email) {
    String id = invite(email, hq);
    invitations.completeProfile(java.util.UUID.fromString(id), "First", "Last", "a-long-password");
    return id;
  }

  private String invite(String email, String location) {
    return admin.post(org("/invitations"), invitation(email, location)).json().get("invited").get(0)
        .get("individualId").asText();
  }

  private static String invitation(String email, String location) {
    return "{\"emails\": \"" + email + "\", \"locationId\": \"" + location + "\"}";
  }

  private String addLocation(String name, String parent) {
    return admin.post(org("/locations"), """
        {"name": "%s", "country": "DK", "parentId": "%s"}""".formatted(name, parent)).json().get("id").asText();
  }

  private String parentOf(String location) {
    for (JsonNode node : admin.get(org("/locations")).json()) {
      if (node.get("id").asText().equals(location)) {
        return node.get("parentId").asText();
      }
    }
    throw new AssertionError("no location " + location);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
