package org.pmc.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal, the link pages and the mails are written in (api.md "Languages"). */
public final class Languages {

  /** First the default: a text missing in a language never shows, a bundle test sees to that. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
      Locale.forLanguageTag("es"), Locale.JAPANESE);

  /** For {@code @Pattern}: one of the supported language codes. */
  public static final String CODES = "en|de|fr|es|ja";

  public static final Locale DEFAULT = Locale.ENGLISH;

  private Languages() {}

  /** The supported language of this code ({@code "de"}, {@code "de-AT"}), if it is one. */
  public static Optional<Locale> of(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(code.trim()).getLanguage();
    return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
  }

  /** The supported language of this code, else English. */
  public static Locale orDefault(String code) {
    return of(code).orElse(DEFAULT);
  }
}
