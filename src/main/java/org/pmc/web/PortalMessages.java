package org.pmc.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * How a portal page words things: its texts and labels from {@code messages.properties} in the request's language,
 * and a refusal as the rule's message with its id, or the field and what is wrong with it.
 */
@Component
public final class PortalMessages {

  private static final Map<String, String> FIELD_LABELS = Map.of(
      "locationId", "The location",
      "locationIds", "The locations",
      "parentId", "The parent location",
      "emails", "The list of addresses",
      "country", "The country");

  /** The texts of the running application, for the static refusal texts; English labels without one. */
  private static volatile MessageSourceAccessor running;

  private final MessageSourceAccessor texts;

  PortalMessages(MessageSource messages) {
    this.texts = new MessageSourceAccessor(messages);
    running = texts;
  }

  /** The text of a key of {@code messages.properties}, its {0}, {1}... filled with the arguments. */
  public String text(String key, Object... args) {
    return texts.getMessage(key, args);
  }

  /** The label of an enum value: key {@code <Enum>.<VALUE>}, as in {@code Role.MEMBER=Member}. */
  public String label(Enum<?> value) {
    return text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** The labels of every value of these enums by value name, for a page's {@code labels[...]}. */
  @SafeVarargs
  public final Map<String, String> labels(Class<? extends Enum<?>>... types) {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(types).map(type -> List.of(type.getEnumConstants()))
        .forEach(values -> values.forEach(value -> labels.put(value.name(), label(value))));
    return labels;
  }

  /**
   * "An organization keeps at least one global admin (R-ROLE-4)". The specific message is English; a reader of
   * another language gets what the rule refuses in their words ({@code rule.<id>} of {@code i18n/rules}).
   */
  public static String of(BusinessRuleViolation e) {
    MessageSourceAccessor rules = running;
    boolean english = LocaleContextHolder.getLocale().getLanguage().equals(Languages.DEFAULT.getLanguage());
    String message = english || rules == null ? e.getMessage()
        : rules.getMessage("rule." + e.rule(), e.getMessage());
    return message + " (" + e.rule() + ")";
  }

  /** "The location is not an active location of this organization". */
  public static String of(InvalidField e) {
    String english = FIELD_LABELS.getOrDefault(e.field(), e.field());
    MessageSourceAccessor labels = running;
    String label = labels == null ? english : labels.getMessage("forms.field." + e.field(), english);
    return label + " " + e.getMessage();
  }

  /** A refused value next to its field when the page's form has that field, else at the top of the page. */
  public static void show(InvalidField e, BindingResult form, Model model) {
    if (form.getFieldType(e.field()) != null) {
      form.rejectValue(e.field(), "invalid", e.getMessage());
    } else {
      model.addAttribute("error", of(e));
    }
  }
}
