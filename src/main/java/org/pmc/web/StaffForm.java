package org.pmc.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff console form (POST, then redirect to the page it came from, then GET): its fields read as text, so that
 * a wrong value names its field instead of a bare 400, and its outcome shown on the page it returns to: what was
 * done, the field and what is wrong with it, or the rule that refuses it.
 */
public final class StaffForm {

  private StaffForm() {}

  /** Runs the action, whose answer says what it did; any refusal is shown instead. Returns the redirect. */
  public static String submit(RedirectAttributes redirect, String page, Supplier<String> action) {
    try {
      redirect.addFlashAttribute("message", action.get());
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:" + page;
  }

  /** A date field (YYYY-MM-DD); null when left empty. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "must be a date (YYYY-MM-DD)");
    }
  }

  /** A choice among an enum's values; null when left empty. */
  public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(option -> option.name().equals(value.strip()
        .toUpperCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> new InvalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
  }

  /** A field that must be given. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidField(field, "must be given");
    }
    return value;
  }
}
