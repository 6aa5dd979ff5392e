package org.pmc.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pmc.web.ProblemType;

/**
 * The error answers of the API in its OpenAPI description: one Problem schema (as web/ApiProblems and
 * web/ProblemJson write it) and one shared response per status, which operations refer to.
 */
enum ProblemAnswers {

  BAD_REQUEST("400", "BadRequest", "Invalid input: `validation` names each field in `errors`; `invalid-request` when "
      + "the request cannot be read"),
  UNAUTHORIZED("401", "Unauthorized", "Not signed in, or the email or password is wrong"),
  FORBIDDEN("403", "Forbidden", "Signed in but not allowed: your role, another organization's data, or a rule on "
      + "who may act (`rule`)"),
  NOT_FOUND("404", "NotFound", "No such id (ids of other organizations answer 404 too)"),
  CONFLICT("409", "Conflict", "Refused by a business rule (`business-rule`, `rule` names it), or someone else "
      + "changed the same record first (`conflict`)"),
  BODY_TOO_LARGE("413", "PayloadTooLarge", "The request body is over the size limit"),
  TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many requests or failed sign-ins from your address "
      + "(`rate-limited`), or over a quota of the organization (`quota-exceeded`, `rule`); see Retry-After"),
  UNAVAILABLE("503", "ServiceUnavailable", "Starting, stopping or the database unreachable: nothing was carried "
      + "out; see Retry-After");

  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final String status;
  private final String name;
  private final String description;

  ProblemAnswers(String status, String name, String description) {
    this.status = status;
    this.name = name;
    this.description = description;
  }

  /** The Problem schema and the shared responses, added to the description's components. */
  static Components addTo(Components components) {
    components.addSchemas(PROBLEM, problem());
    for (ProblemAnswers answer : values()) {
      ApiResponse response = problemResponse(answer.description);
      if (answer == TOO_MANY_REQUESTS || answer == UNAVAILABLE) {
        response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
            .schema(new IntegerSchema()));
      }
      components.addResponses(answer.name, response);
    }
    return components;
  }

  /** Adds these answers to the operation, but those it documents itself; a 409 names the rules that refuse. */
  static void document(Operation operation, Set<ProblemAnswers> answers, List<String> rules) {
    ApiResponses responses = operation.getResponses();
    for (ProblemAnswers answer : answers) {
      if (!responses.containsKey(answer.status)) {
        responses.addApiResponse(answer.status, answer == CONFLICT && !rules.isEmpty()
            ? problemResponse("Refused by a business rule (`rule`: " + String.join(", ", rules)
                + "), or someone else changed the same record first")
            : new ApiResponse().$ref("#/components/responses/" + answer.name));
      }
    }
  }

  private static ApiResponse problemResponse(String description) {
    return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  /** RFC 9457's members, and those of ours: {@code rule}, {@code errors} and a quota's usage. */
  private static Schema<?> problem() {
    return new ObjectSchema().description("An error answer (RFC 9457)")
        .addProperty("type", new StringSchema().format("uri")
            .description("The kind of problem, one of:\n\n" + kinds()))
        .addProperty("title", new StringSchema().description("A short summary of the problem"))
        .addProperty("status", new IntegerSchema().description("The HTTP status"))
        .addProperty("detail", new StringSchema().description("What went wrong with this request"))
        .addProperty("instance", new StringSchema().format("uri").description("The path of the request"))
        .addProperty("rule", new StringSchema().example("R-ABTK-3")
            .description("The id of the business rule that refused the request (domain.md)"))
        .addProperty("errors", new ArraySchema().description("`validation`: each invalid field")
            .items(new ObjectSchema().addProperty("field", new StringSchema().example("admin.password"))
                .addProperty("message", new StringSchema())))
        .addProperty("quota", new StringSchema().example("mails-per-day").description("`quota-exceeded`: which quota"))
        .addProperty("limit", new IntegerSchema().description("`quota-exceeded`: the quota's limit"))
        .addProperty("used", new IntegerSchema().description("`quota-exceeded`: how much is used"))
        .addProperty("requested", new IntegerSchema().description("`quota-exceeded`: what the request needed"))
        .addProperty("resetsAt", new StringSchema().format("date-time").description("`quota-exceeded`: when it resets"))
        .required(List.of("type", "title", "status"));
  }

  private static String kinds() {
    return Arrays.stream(ProblemType.values())
        .map(type -> "- `" + type.uri() + "` (" + type.status().value() + "): " + type.meaning())
        .collect(Collectors.joining("\n"));
  }
}
