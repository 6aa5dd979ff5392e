package org.pmc.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.pmc.web.Languages;
import org.pmc.web.PageLanguage;
import org.pmc.web.PortalUser;
import org.pmc.web.TimeZones;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The language and time zone of a page. The language: the page's own (a customer's page is in the contact's
 * language), else the signed-in person's choice on My profile, else the language switcher's cookie, else the
 * first supported language the browser asks for ({@code Accept-Language}), else English. The time zone: the
 * signed-in person's, else UTC (never the server's, so a page reads the same on every node).
 */
@Component("localeResolver")
class PortalLocaleResolver implements LocaleContextResolver {

  static final String COOKIE = "pmc-lang";
  private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    Optional<PortalUser> user = signedIn();
    return new SimpleTimeZoneAwareLocaleContext(language(request, user), timeZone(user));
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return language(request, signedIn());
  }

  /** The switcher's choice, kept in a cookie (strangers have no session); unsupported languages are ignored. */
  @Override
  public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
    Optional.ofNullable(context).map(LocaleContext::getLocale)
        .flatMap(locale -> Languages.of(locale.toLanguageTag()))
        .ifPresent(locale -> response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE,
            locale.getLanguage()).path("/").maxAge(COOKIE_LIFETIME).httpOnly(true).secure(request.isSecure())
            .sameSite("Lax").build().toString()));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    setLocaleContext(request, response, () -> locale);
  }

  private static Locale language(HttpServletRequest request, Optional<PortalUser> user) {
    if (request.getAttribute(PageLanguage.ATTRIBUTE) instanceof Locale page) {
      return page;
    }
    return user.flatMap(person -> Languages.of(person.language()))
        .or(() -> cookie(request).flatMap(Languages::of))
        .or(() -> browser(request))
        .orElse(Languages.DEFAULT);
  }

  private static Optional<String> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The first language of {@code Accept-Language}, in the browser's order, that the portal speaks. */
  private static Optional<Locale> browser(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Optional.empty();
    }
    return Collections.list(request.getLocales()).stream()
        .map(locale -> Languages.of(locale.toLanguageTag()))
        .flatMap(Optional::stream).findFirst();
  }

  private static TimeZone timeZone(Optional<PortalUser> user) {
    // Read on every request: a parse, not a copy of every zone id (ZoneId.getAvailableZoneIds builds a new set).
    ZoneId zone = user.map(PortalUser::timeZone).flatMap(TimeZones::of).orElse(ZoneOffset.UTC);
    return TimeZone.getTimeZone(zone);
  }

  private static Optional<PortalUser> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PortalUser user
        ? Optional.of(user) : Optional.empty();
  }
}
