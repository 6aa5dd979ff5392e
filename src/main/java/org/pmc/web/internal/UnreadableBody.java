package org.pmc.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pmc.web.internal.ApiProblems.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns Jackson's parse failures into a field error that names the field and, for enums, the allowed values. */
final class UnreadableBody {

  private UnreadableBody() {}

  static Optional<FieldError> fieldError(HttpMessageNotReadableException e) {
    if (!(e.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return Optional.empty();
    }
    String field = mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
    if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", "));
      return Optional.of(new FieldError(field, "must be one of: " + allowed));
    }
    return Optional.of(new FieldError(field, "has the wrong type or format"));
  }
}
