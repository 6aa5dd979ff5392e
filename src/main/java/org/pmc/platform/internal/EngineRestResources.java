package org.pmc.platform.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.pmc.platform.TaskCompletionRefused;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API as the starter builds it, but for one answer: a task completion refused by a rule
 * ({@link TaskCompletionRefused}; the engine wraps it, and the task resource turns it into a 500 RestException) is
 * the caller's mistake, so it is 400 with the rule, in Camunda's own error shape. Every other error is answered by
 * Camunda's handler as before.
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

  /** Camunda's resources and configuration, with its RestException handler replaced by one that wraps it. */
  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> type != RestExceptionHandler.class).collect(Collectors.toSet()));
    register(JacksonFeature.class);
    register(RefusedCompletions.class);
  }

  static class RefusedCompletions implements ExceptionMapper<RestException> {

    private final RestExceptionHandler engineAnswers = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return refusal(exception).map(RefusedCompletions::badRequest)
          .orElseGet(() -> engineAnswers.toResponse(exception));
    }

    private static Optional<TaskCompletionRefused> refusal(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof TaskCompletionRefused refused) {
          return Optional.of(refused);
        }
      }
      return Optional.empty();
    }

    private static Response badRequest(TaskCompletionRefused refused) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", refused.getMessage());
      body.put("rule", refused.rule());
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }
}
