package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.pmc.web.Languages;
import org.pmc.web.PortalUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switcher at the foot of every page. Signed in, the choice is the person's language (as on My
 * profile: their mails follow it too); a stranger's is kept in a cookie. Back to the page it was chosen on, a
 * path of this site only (never a redirect elsewhere).
 */
@Controller
class LanguageSwitch {

  private final MyProfile profile;
  private final LocaleResolver locales;

  LanguageSwitch(MyProfile profile, LocaleResolver locales) {
    this.profile = profile;
    this.locales = locales;
  }

  @PostMapping("/language")
  String choose(@RequestParam(defaultValue = "") String language, @AuthenticationPrincipal PortalUser user,
      HttpServletRequest request, HttpServletResponse response) {
    Optional<Locale> chosen = Languages.of(language);
    chosen.ifPresent(locale -> {
      if (user != null) {
        profile.speak(user, locale);
      }
      locales.setLocale(request, response, locale);
    });
    return "redirect:" + back(request.getHeader(HttpHeaders.REFERER));
  }

  /** The path (and query) of the page the switcher was used on, if it is one of ours; else the portal's home. */
  private static String back(String referer) {
    try {
      URI page = URI.create(referer == null ? "" : referer);
      String path = page.getRawPath();
      boolean ours = path != null && path.startsWith("/") && !path.startsWith("//") && !path.equals("/language");
      return ours ? path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()) : "/portal";
    } catch (IllegalArgumentException unreadable) {
      return "/portal";
    }
  }
}
