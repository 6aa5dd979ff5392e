package org.pmc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A page written in another person's language than the reader's browser asks for: the customer's page of a
 * reference is in the contact's language ({@code contactLanguage}), an invitation's page in the invited
 * person's. The portal's locale resolver reads it before anything else.
 */
public final class PageLanguage {

  public static final String ATTRIBUTE = PageLanguage.class.getName();

  private PageLanguage() {}

  public static void use(HttpServletRequest request, Locale language) {
    request.setAttribute(ATTRIBUTE, language);
  }
}
