package org.pmc.people.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pmc.people.PasswordRule;

/** The {@link PasswordRule} on a {@link PasswordChoice}; a refusal names the field {@code password}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

  String message() default "is not an acceptable password";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<AcceptablePassword, PasswordChoice> {

    @Override
    public boolean isValid(PasswordChoice choice, ConstraintValidatorContext context) {
      return choice == null || PasswordRule.problem(choice.password(), choice.email()).map(problem -> {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addPropertyNode("password").addConstraintViolation();
        return false;
      }).orElse(true);
    }
  }
}
