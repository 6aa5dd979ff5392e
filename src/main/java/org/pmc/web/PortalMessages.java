package org.pmc.web;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** How a portal page words a refusal: the rule's message with its id, or the field and what is wrong with it. */
public final class PortalMessages {

  private static final Map<String, String> FIELD_LABELS = Map.of(
      "locationId", "The location",
      "locationIds", "The locations",
      "parentId", "The parent location",
      "emails", "The list of addresses",
      "country", "The country");

  private PortalMessages() {}

  /** "An organization keeps at least one global admin (R-ROLE-4)". */
  public static String of(BusinessRuleViolation e) {
    return e.getMessage() + " (" + e.rule() + ")";
  }

  /** "The location is not an active location of this organization". */
  public static String of(InvalidField e) {
    return FIELD_LABELS.getOrDefault(e.field(), e.field()) + " " + e.getMessage();
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
