package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.mcp.TestMcps;
import org.pmc.people.internal.Invitations;
import org.pmc.security.Access.Outcome;
import org.pmc.security.SampleRequests.Seeded;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * R-ROLE-4 and organization isolation, for every endpoint of {@code /api/**} the application maps (so a new
 * endpoint is in the matrix the day it is written) and every kind of caller. Each endpoint is classified by
 * {@link AccessRules}; an endpoint no rule covers fails the test, naming itself.
 */
class AccessMatrixTest extends IntegrationTest {

  private static final String STAFF_USER = "matrix-staff";
  private static final String BILLING_USER = "matrix-billing";
  private static final String STAFF_PASSWORD = "access-rule-secret";

  @Autowired
  Clock clock;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Autowired
  TestPartners partners;
  @Autowired
  Invitations invitations;
  @Autowired
  IdentityService identity;
  @Autowired
  TestMcps mcps;

  @Test
  void everyApiEndpointIsClassified() {
    List<String> unclassified = ApiEndpoint.all(mappings).stream()
        .filter(endpoint -> AccessRules.classify(endpoint).isEmpty())
        .map(AccessRules::howToClassify)
        .toList();
    assertThat(unclassified).as("endpoints without an access rule").isEmpty();
  }

  @Test
  @DisplayName("R-ROLE-4: every caller gets 401, 403 or through, as the endpoint's access rule says")
  void everyCallerGetsWhatTheAccessRuleSays() {
    Partner partner = partners.register("FR");
    Http globalAdmin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String org = "/api/organizations/" + partner.organizationId();
    UUID inside = location(globalAdmin, org, "Inside", partner.hqLocationId());
    UUID outside = location(globalAdmin, org, "Outside", partner.hqLocationId());
    UUID person = invite(globalAdmin, org, "matrix-subject@matrix.example", inside);
    UUID reference = UUID.fromString(globalAdmin.post(org + "/references", """
        {"customerCompany": "Matrix", "contactName": "M", "contactEmail": "m@matrix.example",
         "description": "d", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}""".formatted(inside))
        .json().get("id").asText());
    UUID order = abtkOrder(globalAdmin, org, inside);
    String mcp = mcps.register("Mia", "Matrix");
    mcps.associate(partner, mcp, inside);
    Partner other = partners.register("FR");
    staffUser(STAFF_USER, "rsc", "support");
    staffUser(BILLING_USER, "billing", "support");

    Map<Caller, Http> callers = new EnumMap<>(Caller.class);
    callers.put(Caller.ANONYMOUS, new Http(port));
    callers.put(Caller.BILLING_STAFF, new Http(port).as(BILLING_USER, STAFF_PASSWORD));
    callers.put(Caller.STAFF, new Http(port).as(STAFF_USER, STAFF_PASSWORD));
    callers.put(Caller.OTHER_ORGANIZATION_ADMIN, new Http(port).as(other.adminEmail(), TestPartners.PASSWORD));
    callers.put(Caller.MEMBER, associated(globalAdmin, org, "matrix-member@matrix.example", partner.hqLocationId(),
        null));
    callers.put(Caller.LOCATION_ADMIN_OUTSIDE, associated(globalAdmin, org, "matrix-outside@matrix.example",
        partner.hqLocationId(), outside));
    callers.put(Caller.LOCATION_ADMIN_INSIDE, associated(globalAdmin, org, "matrix-inside@matrix.example",
        partner.hqLocationId(), inside));
    callers.put(Caller.GLOBAL_ADMIN, globalAdmin);
    SampleRequests requests = new SampleRequests(new Seeded(partner.organizationId(), other.organizationId(),
        inside, person, reference, mcp, order), clock);

    List<String> wrong = new ArrayList<>();
    for (ApiEndpoint endpoint : ApiEndpoint.all(mappings)) {
      Optional<Access> access = AccessRules.classify(endpoint);
      if (access.isEmpty()) {
        continue; // reported by everyApiEndpointIsClassified
      }
      for (Caller caller : Caller.values()) {
        Http.Response response = send(callers.get(caller), endpoint, requests);
        Outcome expected = access.get().expectedFor(caller);
        Outcome got = Outcome.of(response.status());
        if (got != expected || !problemJsonUnlessSuccess(response)) {
          wrong.add(endpoint + " as " + caller + " (" + access.get() + "): expected " + expected + ", got "
              + response.status() + " " + abbreviate(response.body()));
        }
      }
    }
    assertThat(wrong).as("answers that break the access rules").isEmpty();
  }

  @Test
  @DisplayName("issue 14: billing staff may not set an organization's membership level; the RSC may")
  void membershipLevelsAreTheRscsNotBillings() {
    Partner partner = partners.register("FR");
    staffUser(STAFF_USER, "rsc", "support");
    staffUser(BILLING_USER, "billing", "support");
    String membership = "/api/admin/organizations/" + partner.organizationId() + "/membership";
    String gold = "{\"level\": \"GOLD\"}";

    Http.Response billing = new Http(port).as(BILLING_USER, STAFF_PASSWORD).put(membership, gold);
    assertThat(billing.status()).isEqualTo(403);
    assertThat(billing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(billing.problemType()).contains(ProblemType.FORBIDDEN);
    assertThat(new Http(port).as(STAFF_USER, STAFF_PASSWORD).put(membership, gold).status()).isEqualTo(200);
  }

  private static Http.Response send(Http caller, ApiEndpoint endpoint, SampleRequests requests) {
    String path = requests.path(endpoint);
    return switch (endpoint.method()) {
      case GET -> caller.get(path);
      case POST -> caller.post(path, requests.body(endpoint));
      case PUT -> caller.put(path, requests.body(endpoint));
      case DELETE -> caller.delete(path);
      default -> throw new AssertionError("No request for " + endpoint);
    };
  }

  /** Every refusal and every error of the API is problem+json, its type a kind of problem with that status. */
  private static boolean problemJsonUnlessSuccess(Http.Response response) {
    return response.status() < 400 || String.valueOf(response.header("Content-Type"))
        .startsWith("application/problem+json")
        && response.problemType().filter(type -> type.status().value() == response.status()).isPresent();
  }

  private static String abbreviate(String body) {
    return body == null || body.length() < 200 ? String.valueOf(body) : body.substring(0, 200) + "...";
  }

  private UUID location(Http admin, String org, String name, UUID parent) {
    return UUID.fromString(admin.post(org + "/locations", """
        {"name": "%s", "country": "FR", "parentId": "%s",
         "address": {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}}""".formatted(name, parent)).json().get("id").asText());
  }

  /** An ABTK order at {@code inside}, which holds the competencies it needs (as AbtkOrdersTest sets them). */
  private UUID abtkOrder(Http globalAdmin, String org, UUID inside) {
    Http staff = new Http(port).asCamundaAdmin();
    for (String competency : List.of("DATACENTER", "CLOUD_PRODUCTIVITY")) {
      assertThat(staff.put("/api/admin/locations/" + inside + "/competencies/" + competency,
          "{\"level\": \"SILVER\", \"status\": \"ACTIVE_EARNED\"}").status()).isEqualTo(200);
    }
    Http.Response order = globalAdmin.post(org + "/abtk/orders", """
        {"locationId": "%s", "level": "SILVER"}""".formatted(inside));
    assertThat(order.status()).as(order.body()).isEqualTo(201);
    return UUID.fromString(order.json().get("id").asText());
  }

  private static UUID invite(Http admin, String org, String email, UUID location) {
    return UUID.fromString(admin.post(org + "/invitations", """
        {"emails": "%s", "locationId": "%s"}""".formatted(email, location))
        .json().get("invited").get(0).get("individualId").asText());
  }

  /** An associated individual signed in over the API; a location admin of {@code manages} when given. */
  private Http associated(Http admin, String org, String email, UUID location, UUID manages) {
    UUID id = invite(admin, org, email, location);
    invitations.completeProfile(id, "Matrix", "Caller", TestPartners.PASSWORD);
    if (manages != null) {
      assertThat(admin.put(org + "/admins/" + id, """
          {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(manages)).status()).isEqualTo(200);
    }
    return new Http(port).as(email, TestPartners.PASSWORD);
  }

  /** A staff account in these Camunda groups, made once per test context. */
  private void staffUser(String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
    }
    User user = identity.newUser(id);
    user.setPassword(STAFF_PASSWORD);
    identity.saveUser(user);
    List.of(groups).forEach(group -> identity.createMembership(id, group));
  }
}
