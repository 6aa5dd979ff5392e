package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pmc.notification.InvalidLink;
import org.pmc.notification.LinkPages;
import org.pmc.notification.SignedLinks;
import org.pmc.web.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * <b>Forgot password?</b> on the login page asks for the address ({@code /portal/forgot-password}, the
 * same answer whatever it is); the mail's link {@code /reset/{token}} shows the new password form (CSRF), whose
 * POST sets it once and sends the person to sign in.
 */
@Controller
class ResetPageController {

  private static final String NEW_LINK = "Ask for a new link with Forgot password? on the sign-in page.";

  private final PasswordResets resets;
  private final SignedLinks links;

  ResetPageController(PasswordResets resets, SignedLinks links) {
    this.resets = resets;
    this.links = links;
  }

  @GetMapping("/portal/forgot-password")
  String forgotten() {
    return "people/forgot-password";
  }

  @PostMapping("/portal/forgot-password")
  String request(@RequestParam(defaultValue = "") String email, Model model) {
    String address = email.trim();
    if (address.isEmpty() || address.length() > 254 || !address.contains("@")) {
      model.addAttribute("error", "Enter the email address you sign in with.");
      return "people/forgot-password";
    }
    resets.request(address);
    model.addAttribute("sent", true);
    return "people/forgot-password";
  }

  @GetMapping("/reset/{token}")
  String show(@PathVariable String token, Model model) {
    resets.open(resetOf(token));
    return page(token, new NewPasswordForm(), model);
  }

  @PostMapping("/reset/{token}")
  String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
      BindingResult errors, Model model) {
    UUID id = resetOf(token);
    resets.open(id);
    if (!errors.hasErrors() && !form.getPassword().equals(form.getConfirm())) {
      errors.rejectValue("confirm", "mismatch", "must be the same password again");
    }
    if (!errors.hasErrors()) {
      try {
        resets.reset(id, form.getPassword());
        return "redirect:/portal/login?reset";
      } catch (InvalidField e) {
        errors.rejectValue("password", "rule", e.getMessage());
      }
    }
    return page(token, form, model);
  }

  private static String page(String token, NewPasswordForm form, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("form", form);
    return "people/reset-password";
  }

  private UUID resetOf(String token) {
    return links.verify(token, PasswordResetMails.KIND);
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    return LinkPages.refused(e, NEW_LINK, model, response);
  }
}
