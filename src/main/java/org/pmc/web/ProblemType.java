package org.pmc.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem the JSON API answers, each the {@code type} URI of its problem+json answer (RFC 9457) and
 * always with the same status, so a client can tell a refusal by a rule from a conflicting change or a rate limit
 * from a quota without parsing the text. The URIs name kinds; nothing is served at them.
 */
public enum ProblemType {

  // Of two kinds with one status, the general one comes first: see general().
  INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST,
      "The request cannot be read (not JSON, characters that are not allowed, a value too long to store)"),
  VALIDATION("validation", HttpStatus.BAD_REQUEST, "Fields are invalid; errors names each field"),
  UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Not signed in, or the credentials or signature are wrong"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN,
      "Signed in but not allowed: the role, another organization; rule when a business rule decides who may act"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such id (ids of other organizations too)"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "The path does not take this method"),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "The answer cannot be given in the media type asked for"),
  CONFLICT("conflict", HttpStatus.CONFLICT, "Someone else changed the same record first; reload and try again"),
  BUSINESS_RULE("business-rule", HttpStatus.CONFLICT, "Refused by a business rule; rule is its id from domain.md"),
  BODY_TOO_LARGE("body-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "The request body is over the size limit"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "The body's Content-Type is not one this path reads"),
  RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS,
      "Too many requests or failed sign-ins from the address; Retry-After says when to try again"),
  QUOTA_EXCEEDED("quota-exceeded", HttpStatus.TOO_MANY_REQUESTS,
      "Over a quota of the organization; rule, quota, limit, used, requested and resetsAt say which and until when"),
  UNEXPECTED("unexpected", HttpStatus.INTERNAL_SERVER_ERROR, "An error on our side; nothing was carried out"),
  UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE,
      "Starting, stopping or the database unreachable; nothing was carried out, retry after Retry-After");

  /** The one base of every problem type. */
  public static final String BASE = "https://pmc.example/problems/";

  private final URI uri;
  private final HttpStatus status;
  private final String meaning;

  ProblemType(String name, HttpStatus status, String meaning) {
    this.uri = URI.create(BASE + name);
    this.status = status;
    this.meaning = meaning;
  }

  public URI uri() {
    return uri;
  }

  public HttpStatus status() {
    return status;
  }

  /** A problem of this kind, for a controller to answer (a controller advice or a handler of its own). */
  public ProblemDetail problem(String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(uri);
    return problem;
  }

  /** What a problem of this kind means, as the API documentation lists it. */
  public String meaning() {
    return meaning;
  }

  /**
   * The general kind of an answer Spring wrote by itself (a wrong method, a missing parameter): the first
   * kind with its status (the general one). Statuses of no kind here keep {@code about:blank}: the status says it all.
   */
  public static Optional<ProblemType> general(int status) {
    return Arrays.stream(values()).filter(type -> type.status.value() == status).findFirst();
  }
}
