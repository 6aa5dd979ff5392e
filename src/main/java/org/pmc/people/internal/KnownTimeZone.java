package org.pmc.people.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A time zone java.time knows ({@code Europe/Berlin}, {@code UTC}); empty is allowed. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownTimeZone.Validator.class)
public @interface KnownTimeZone {

  String message() default "is not a known time zone (e.g. Europe/Berlin)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownTimeZone, String> {

    @Override
    public boolean isValid(String zone, ConstraintValidatorContext context) {
      if (zone == null || zone.isBlank()) {
        return true;
      }
      try {
        ZoneId.of(zone.trim());
        return true;
      } catch (DateTimeException e) {
        return false;
      }
    }
  }
}
