package org.pmc.people.internal;

import jakarta.validation.Valid;
import org.pmc.web.InvalidField;
import org.pmc.web.Languages;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My profile (the link under the person's name): their own details and a new password. */
@Controller
@RequestMapping("/portal/profile")
class ProfilePageController {

  private final MyProfile profile;
  private final PortalMessages texts;

  ProfilePageController(MyProfile profile, PortalMessages texts) {
    this.profile = profile;
    this.texts = texts;
  }

  @GetMapping
  String show(@AuthenticationPrincipal PortalUser user, Model model) {
    return page(user, profile.form(user), model);
  }

  @PostMapping
  String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ProfileChange form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return page(user, form, model);
    }
    profile.change(user, form);
    redirect.addFlashAttribute("message", texts.text("profile.saved"));
    return "redirect:/portal/profile";
  }

  @PostMapping("/password")
  String changePassword(@AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
      Model model, RedirectAttributes redirect) {
    try {
      profile.changePassword(user, new PasswordChange(currentPassword, newPassword));
    } catch (InvalidField e) {
      model.addAttribute("passwordField", e.field());
      model.addAttribute("passwordError", e.getMessage());
      return page(user, profile.form(user), model);
    }
    redirect.addFlashAttribute("message", texts.text("profile.passwordChanged"));
    return "redirect:/portal/profile";
  }

  private static String page(PortalUser user, ProfileChange form, Model model) {
    model.addAttribute("email", user.email());
    model.addAttribute("form", form);
    model.addAttribute("languages", Languages.CODES.split("\\|"));
    return "people/profile";
  }
}
