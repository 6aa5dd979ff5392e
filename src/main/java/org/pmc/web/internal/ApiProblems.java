package org.pmc.web.internal;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.pmc.web.BodyTooLarge;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.DatabaseOutage;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.ProblemType;
import org.pmc.web.QuotaExceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as {@code application/problem+json} (RFC 9457): {@code rule} when a
 * business rule refused, {@code errors} naming each field on validation failures. Bad input never
 * answers 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before PortalProblems: a @RestController is a @Controller too
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @ExceptionHandler(BusinessRuleViolation.class)
  ProblemDetail ruleViolated(BusinessRuleViolation e) {
    ProblemDetail problem = ProblemType.BUSINESS_RULE.problem("Refused by a business rule", e.getMessage());
    problem.setProperty("rule", e.rule());
    return problem;
  }

  /**
   * Issue 14: over a quota, 429 naming it, with when it resets; the most specific handler wins over the 409 above.
   * {@code Retry-After} counts the seconds until the reset, at least one.
   */
  @ExceptionHandler(QuotaExceeded.class)
  ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceeded e) {
    QuotaExceeded.Usage usage = e.usage();
    ProblemDetail problem = ProblemType.QUOTA_EXCEEDED.problem("Quota exceeded", e.getMessage());
    problem.setProperty("rule", e.rule());
    problem.setProperty("quota", usage.quota());
    problem.setProperty("limit", usage.limit());
    problem.setProperty("used", usage.used());
    problem.setProperty("requested", usage.requested());
    problem.setProperty("resetsAt", usage.resetsAt().toString());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, usage.untilReset().toSeconds())))
        .body(problem);
  }

  /** The most specific handler wins, so these answer 403 rather than the 409 above. */
  @ExceptionHandler(ForbiddenByRule.class)
  ProblemDetail forbiddenByRule(ForbiddenByRule e) {
    ProblemDetail problem = ProblemType.FORBIDDEN.problem("Not allowed by a business rule", e.getMessage());
    problem.setProperty("rule", e.rule());
    return problem;
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return ProblemType.NOT_FOUND.problem("Not found", e.getMessage());
  }

  @ExceptionHandler(InvalidField.class)
  ProblemDetail invalidField(InvalidField e) {
    return invalid(List.of(new FieldError(e.field(), e.getMessage())));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolated(ConstraintViolationException e) {
    return invalid(e.getConstraintViolations().stream()
        .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .toList());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalid(List.of(new FieldError(e.getName(), "has an invalid value")));
  }

  /** Spring Security's firewall, asked lazily (a form body's parameter names), refused the request. */
  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException e) {
    return ProblemType.INVALID_REQUEST.problem("Invalid request",
        "The request contains characters that are not allowed.");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return ProblemType.FORBIDDEN.problem("Forbidden", "Your role does not allow this.");
  }

  /**
   * Two people changed the same record, or the same process instance, at once: the later one is refused (a
   * deadlock between them is the same conflict seen by the database).
   */
  @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
      PessimisticLockingFailureException.class})
  ProblemDetail concurrentChange(RuntimeException e) {
    return ProblemType.CONFLICT.problem("Changed by someone else",
        "Another change to the same record was saved first; reload and try again.");
  }

  /**
   * A value the database refused: too long or malformed for its column (SQL state class 22) is bad input;
   * anything else (a unique key taken meanwhile) conflicts with what is stored. Nothing was written.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e) {
    log.info("Refused by the database: {}", e.getMostSpecificCause().getMessage());
    if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
        && sql.getSQLState().startsWith("22")) {
      return ProblemType.INVALID_REQUEST.problem("Invalid request", "A value is too long or malformed.");
    }
    return ProblemType.CONFLICT.problem("Conflicts with stored data",
        "This conflicts with data stored meanwhile; reload and try again.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = tooLarge(e)
        .or(() -> UnreadableBody.fieldError(e).map(error -> invalid(List.of(error))))
        .orElseGet(() -> ProblemType.INVALID_REQUEST.problem("Unreadable request body",
            "The body is not valid JSON for this request"));
    return ResponseEntity.status(body.getStatus()).body(body);
  }

  /** Spring's own answers (a wrong method, a missing parameter) get the type of their kind too. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
      ProblemType.general(problem.getStatus()).ifPresent(type -> problem.setType(type.uri()));
    }
    return answer;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    Optional<ProblemDetail> tooLarge = tooLarge(e);
    if (tooLarge.isPresent()) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge.get());
    }
    if (DatabaseOutage.causedBy(e)) {
      log.warn("Database unreachable: {}", e.getMessage());
      return unavailable();
    }
    log.error("Unexpected error", e);
    return ResponseEntity.internalServerError().body(ProblemType.UNEXPECTED.problem("Unexpected error",
        "Something went wrong on our side; the request was not carried out."));
  }

  /** Issue 14: a body read past its limit (BodySizeLimit counts every body, chunked or not) is 413, not 400. */
  private static Optional<ProblemDetail> tooLarge(Exception e) {
    return BodyTooLarge.in(e).map(tooLarge ->
        ProblemType.BODY_TOO_LARGE.problem("Request body too large", tooLarge.getMessage()));
  }

  /** 503 while the database cannot be reached: nothing was carried out, the client may retry. */
  public static ResponseEntity<ProblemDetail> unavailable() {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
        .body(ProblemType.UNAVAILABLE.problem("Service briefly unavailable",
            "The database cannot be reached right now; the request was not carried out. Try again in a moment."));
  }

  static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem = ProblemType.VALIDATION.problem("Invalid request",
        "Some fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList()));
    problem.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    return problem;
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  record FieldError(String field, String message) {}
}
