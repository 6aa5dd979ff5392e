package org.pmc.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One method and path of {@code /api/**}, as the application's own request mappings declare it. */
record ApiEndpoint(RequestMethod method, String path, HandlerMethod handler) {

  /** GET first and DELETE last, so that a deletion by an allowed caller cannot change another endpoint's answer. */
  private static final List<RequestMethod> ORDER = List.of(RequestMethod.GET, RequestMethod.POST,
      RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

  static List<ApiEndpoint> all(RequestMappingHandlerMapping mappings) {
    return mappings.getHandlerMethods().entrySet().stream()
        .flatMap(entry -> entry.getKey().getPatternValues().stream()
            .filter(path -> path.startsWith("/api/"))
            .flatMap(path -> methods(entry.getKey().getMethodsCondition().getMethods()).stream()
                .map(method -> new ApiEndpoint(method, path, entry.getValue()))))
        .sorted(Comparator.comparing((ApiEndpoint e) -> ORDER.indexOf(e.method())).thenComparing(ApiEndpoint::path))
        .toList();
  }

  private static Set<RequestMethod> methods(Set<RequestMethod> declared) {
    return declared.isEmpty() ? Set.of(RequestMethod.GET) : declared;
  }

  boolean isRead() {
    return method == RequestMethod.GET;
  }

  /** The {@code @PreAuthorize} expression of the method, or of its controller. */
  Optional<String> preAuthorize() {
    PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    PreAuthorize annotation = onMethod != null ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    return Optional.ofNullable(annotation).map(PreAuthorize::value);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
