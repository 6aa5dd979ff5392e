package org.pmc.requests.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The models' words for a step or a next event ({@code request.step}, {@code request.next}, element names) in the
 * reader's language: keyed by the English words themselves, as one text recurs in several models and scopes
 * ("Waiting for the payment of the invoice"); a text without a translation is shown as the model says it. The
 * JSON API keeps the models' English.
 */
@Component("processWords")
public class ProcessWords {

  private final MessageSource texts;

  ProcessWords(MessageSource texts) {
    this.texts = texts;
  }

  public String step(String english) {
    return words("requests.step.", english);
  }

  public String next(String english) {
    return words("requests.next.", english);
  }

  /** Who did a step: a party's word ("Customer", "System") translated, a staff member's name as it is. */
  public String by(String english) {
    return words("requests.by.", english);
  }

  private String words(String prefix, String english) {
    if (english == null || english.isBlank()) {
      return english;
    }
    return texts.getMessage(prefix + key(english), null, english, LocaleContextHolder.getLocale());
  }

  /** "Waiting for the customer's confirmation" → "waiting-for-the-customer-s-confirmation". */
  static String key(String english) {
    return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
