package org.pmc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;

/** What a partner integrating with the API needs from its OpenAPI description at /v3/api-docs. */
class ApiDescriptionTest extends IntegrationTest {

  /** The operations anyone may call (security/SecurityConfiguration): "METHOD path". */
  private static final Set<String> PUBLIC = Set.of("POST /api/organizations", "POST /api/association-requests",
      "POST /api/payments/notifications", "GET /api/competencies", "GET /api/support/topics",
      "GET /api/partners/{partnerNumber}", "GET /api/agreement", "POST /api/password-reset");

  @Autowired
  TestPartners partners;

  JsonNode description;

  @BeforeEach
  void fetchTheDescription() {
    Http.Response docs = new Http(port).get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    description = docs.json();
  }

  @Test
  @DisplayName("every operation has a summary, and a tag of its capability with a description")
  void everyOperationHasASummaryAndACapability() {
    List<String> tags = description.get("tags").findValuesAsText("name");
    assertThat(description.get("tags").findValues("description")).hasSameSizeAs(tags);
    assertThat(operations()).hasSizeGreaterThan(70).allSatisfy(operation -> {
      assertThat(operation.body().path("summary").asText()).as(operation.name()).isNotBlank();
      assertThat(operation.body().get("tags")).as(operation.name()).hasSize(1);
      assertThat(tags).as(operation.name()).contains(operation.body().get("tags").get(0).asText());
    });
  }

  @Test
  @DisplayName("HTTP Basic applies to every operation but the public ones, which say security: []")
  void basicAuthenticationButOnPublicOperations() {
    JsonNode basic = description.at("/components/securitySchemes/basic");
    assertThat(basic.get("type").asText()).isEqualTo("http");
    assertThat(basic.get("scheme").asText()).isEqualTo("basic");
    assertThat(description.at("/security/0").has("basic")).isTrue();
    List<String> open = operations().stream().filter(operation -> operation.body().has("security"))
        .peek(operation -> assertThat(operation.body().get("security")).as(operation.name()).isEmpty())
        .map(Operation::name).toList();
    assertThat(open).containsExactlyInAnyOrderElementsOf(PUBLIC);
  }

  @Test
  @DisplayName("every operation documents its 4xx answers as problem+json with the Problem schema")
  void everyOperationDocumentsItsProblems() {
    assertThat(operations()).allSatisfy(operation -> {
      List<JsonNode> problems = new ArrayList<>();
      operation.body().get("responses").fields().forEachRemaining(answer -> {
        if (answer.getKey().startsWith("4")) {
          problems.add(resolve(answer.getValue()).at("/content/application~1problem+json/schema/$ref"));
        }
      });
      assertThat(problems).as(operation.name()).isNotEmpty()
          .allSatisfy(schema -> assertThat(schema.asText()).isEqualTo("#/components/schemas/Problem"));
    });
    assertThat(description.at("/components/schemas/Problem/properties").fieldNames())
        .toIterable().contains("type", "title", "status", "detail", "instance", "rule", "errors");
    assertThat(description.at("/components/schemas/Problem/properties/type/description").asText())
        .contains(ProblemType.VALIDATION.uri().toString(), ProblemType.BUSINESS_RULE.uri().toString());
  }

  @Test
  @DisplayName("a 409 names the rules that refuse the operation; an id in the path may answer 404")
  void operationSpecificProblems() {
    JsonNode order = description.at("/paths/~1api~1organizations~1{org}~1abtk~1orders/post/responses");
    assertThat(order.at("/409/description").asText()).contains("R-ABTK-3");
    assertThat(order.has("404")).isTrue();
    assertThat(description.at("/paths/~1api~1competencies/get/responses").has("404")).isFalse();
  }

  @Test
  @DisplayName("Issue 14: every paged list documents X-Total-Count on its 200 answer")
  void pagedListsDeclareTheirTotal() {
    List<String> paged = operations().stream().filter(operation -> hasQueryParameters(operation, "page", "size"))
        .peek(operation -> assertThat(operation.body().at("/responses/200/headers/X-Total-Count/schema/type")
            .asText()).as(operation.name()).isEqualTo("integer"))
        .map(Operation::name).toList();
    assertThat(paged).containsAll(BoundedListsTest.LISTS.stream()
        .map(list -> "GET /api/organizations/{org}" + list.replace("{hq}", "{loc}")).toList());
  }

  @Test
  @DisplayName("Swagger UI's Authorize: HTTP Basic sent to the documented server signs in")
  void authorizeSignsInOnTheDocumentedServer() {
    Partner partner = partners.register("DE");
    URI server = URI.create(url("/v3/api-docs")).resolve(description.at("/servers/0/url").asText());
    String path = server.resolve("api/organizations/" + partner.organizationId()).getPath();
    assertThat(new Http(port).get(path).status()).isEqualTo(401);
    assertThat(new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD).get(path).status()).isEqualTo(200);
    assertThat(new Http(port).get("/v3/api-docs/swagger-config").json().get("url").asText()).isEqualTo("/v3/api-docs");
  }

  private JsonNode resolve(JsonNode response) {
    String ref = response.path("$ref").asText();
    return ref.isEmpty() ? response : description.at(ref.substring(1));
  }

  private static boolean hasQueryParameters(Operation operation, String... names) {
    List<String> query = new ArrayList<>();
    operation.body().path("parameters").forEach(param -> {
      if ("query".equals(param.get("in").asText())) {
        query.add(param.get("name").asText());
      }
    });
    return query.containsAll(List.of(names));
  }

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    description.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
        method -> operations.add(new Operation(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()))));
    return operations;
  }

  private record Operation(String name, JsonNode body) {}
}
