package org.pmc.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pmc.web.Paging;
import org.pmc.web.PublicOperation;
import org.pmc.web.RefusedBy;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every API operation alike from what its handler declares: its capability's tag, whether it is
 * public, its problem answers and, for a paged list, its paging.
 */
class ApiOperations implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    Capabilities.of(handler.getBeanType()).ifPresent(tag -> operation.setTags(List.of(tag)));
    Optional<PublicOperation> open = Optional.ofNullable(handler.getMethodAnnotation(PublicOperation.class));
    if (open.isPresent()) {
      operation.setSecurity(List.of());
    }
    List<String> rules = Optional.ofNullable(handler.getMethodAnnotation(RefusedBy.class))
        .map(refused -> List.of(refused.value())).orElse(List.of());
    ProblemAnswers.document(operation, answers(operation, handler, open, rules), rules);
    if (param(operation, "page").isPresent() && param(operation, "size").isPresent()) {
      documentPaging(operation);
    }
    return operation;
  }

  /**
   * Any request may be refused as unreadable (400) or meet the database away (503). Who signs in may be refused
   * (401, 403) or throttled (429); an id in the path may not exist (404); a change may be refused by a rule or
   * a change saved first (409); a body may be too large (413).
   */
  private static Set<ProblemAnswers> answers(Operation operation, HandlerMethod handler,
      Optional<PublicOperation> open, List<String> rules) {
    Set<ProblemAnswers> answers = EnumSet.of(ProblemAnswers.BAD_REQUEST, ProblemAnswers.UNAVAILABLE);
    if (open.isEmpty()) {
      answers.addAll(EnumSet.of(ProblemAnswers.UNAUTHORIZED, ProblemAnswers.FORBIDDEN,
          ProblemAnswers.TOO_MANY_REQUESTS));
    } else if (open.get().rateLimited()) {
      answers.add(ProblemAnswers.TOO_MANY_REQUESTS);
    }
    if (operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(param -> "path".equals(param.getIn()))) {
      answers.add(ProblemAnswers.NOT_FOUND);
    }
    if (!rules.isEmpty() || open.isEmpty() && changes(handler)) {
      answers.add(ProblemAnswers.CONFLICT);
    }
    if (operation.getRequestBody() != null) {
      answers.add(ProblemAnswers.BODY_TOO_LARGE);
    }
    return answers;
  }

  private static boolean changes(HandlerMethod handler) {
    RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    return mapping != null && !List.of(mapping.method()).contains(RequestMethod.GET);
  }

  /** web/Paging: a page of the list, and how many there are in all. */
  private static void documentPaging(Operation operation) {
    param(operation, "page").ifPresent(page -> page.description("The page, from 0").getSchema()
        .minimum(BigDecimal.ZERO));
    param(operation, "size").ifPresent(size -> size.description("Entries per page").getSchema()
        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Paging.MAX_SIZE)));
    ApiResponse ok = operation.getResponses().get("200");
    if (ok != null) {
      ok.addHeaderObject("X-Total-Count", new Header().description("How many entries there are in all pages")
          .schema(new IntegerSchema()));
    }
  }

  private static Optional<Parameter> param(Operation operation, String name) {
    return Optional.ofNullable(operation.getParameters()).flatMap(params -> params.stream()
        .filter(p -> "query".equals(p.getIn()) && name.equals(p.getName())).findFirst());
  }
}
