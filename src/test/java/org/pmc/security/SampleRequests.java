package org.pmc.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Turns an endpoint into a request about the matrix's seeded objects: path variables filled with their ids
 * (or the first value of an enum, or a random id where the object does not matter), and a body generated
 * from the {@code @RequestBody} record, valid enough that a scope check on the body's location is reached.
 */
final class SampleRequests {

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Seeded seeded;
  private final Clock clock;

  /** Dates in sample bodies are the application clock's today. */
  SampleRequests(Seeded seeded, Clock clock) {
    this.seeded = seeded;
    this.clock = clock;
  }

  /** The ids the requests are about; everything is at location {@code inside}. */
  record Seeded(UUID organization, UUID otherOrganization, UUID inside, UUID person, UUID reference, String mcp,
      UUID order) {}

  String path(ApiEndpoint endpoint) {
    Matcher matcher = VARIABLE.matcher(endpoint.path());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String before = endpoint.path().substring(0, matcher.start());
      matcher.appendReplacement(path, pathValue(endpoint, matcher.group(1), before));
    }
    return matcher.appendTail(path).toString();
  }

  /** The JSON body for a request, or an empty object where the endpoint reads none. */
  String body(ApiEndpoint endpoint) {
    for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
        try {
          return JSON.writeValueAsString(value("", parameter.getGenericParameterType()));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return "{}";
  }

  private String pathValue(ApiEndpoint endpoint, String variable, String before) {
    switch (variable) {
      case "org" -> { return seeded.organization().toString(); }
      case "loc" -> { return seeded.inside().toString(); }
      case "individualId" -> { return seeded.person().toString(); }
      case "mcpId" -> { return seeded.mcp(); }
      case "orderId" -> { return seeded.order().toString(); }
      default -> { }
    }
    if (variable.equals("id")) {
      UUID id = before.endsWith("/people/") ? seeded.person()
          : before.endsWith("/references/") ? seeded.reference()
          : before.endsWith("/abtk/orders/") ? seeded.order() : null;
      if (id != null) {
        return id.toString();
      }
    }
    Class<?> type = pathVariableType(endpoint, variable);
    return type.isEnum() ? type.getEnumConstants()[0].toString()
        : type == String.class ? "MATRIX-NONE" : UUID.randomUUID().toString();
  }

  private static Class<?> pathVariableType(ApiEndpoint endpoint, String variable) {
    for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
      PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
      if (annotation != null && variable.equals(annotation.value().isEmpty()
          ? parameter.getParameter().getName() : annotation.value())) {
        return parameter.getParameterType();
      }
    }
    return UUID.class;
  }

  private Object value(String name, Type type) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return List.of(value(name, list.getActualTypeArguments()[0]));
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (RecordComponent component : raw.getRecordComponents()) {
        fields.put(component.getName(), value(component.getName(), component.getGenericType()));
      }
      return fields;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0].toString();
    }
    if (raw == UUID.class) {
      return id(name.toLowerCase(Locale.ROOT));
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return true;
    }
    if (raw == LocalDate.class) {
      return LocalDate.now(clock).toString();
    }
    if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      return raw == BigDecimal.class ? "1.00" : 1;
    }
    return text(name.toLowerCase(Locale.ROOT));
  }

  private UUID id(String name) {
    if (name.startsWith("other")) {
      return seeded.otherOrganization();
    }
    if (name.startsWith("organization")) {
      return seeded.organization();
    }
    if (name.startsWith("location") || name.startsWith("parent")) {
      return seeded.inside();
    }
    if (name.startsWith("individual")) {
      return seeded.person();
    }
    return UUID.randomUUID();
  }

  private static String text(String name) {
    int n = COUNTER.incrementAndGet();
    if (name.contains("email")) {
      return "matrix-" + n + "-" + UUID.randomUUID().toString().substring(0, 6) + "@matrix.example";
    }
    return switch (name) {
      case "country" -> "FR";
      case "currency" -> "EUR";
      case "password" -> "matrix-password-" + n;
      case "mcpid" -> "MX" + n;
      case "contactlanguage" -> "de";
      default -> "Matrix " + n;
    };
  }
}
