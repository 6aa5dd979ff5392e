package org.pmc.people.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pmc.organization.LocationTree;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PersonView;
import org.pmc.people.internal.InvitationResult;
import org.pmc.people.internal.Invitations;
import org.pmc.people.internal.InviteListForm;
import org.pmc.people.internal.InviteOneForm;
import org.pmc.people.internal.InviteOutcome;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Portal tab "Invite Multiple People": a list of addresses (R-PPL-1, R-PPL-6) or one person (R-PPL-2). */
@Controller
@RequestMapping("/portal/people")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class InvitePageController {

  private final PeoplePages pages;
  private final Invitations invitations;
  private final OrganizationService organizations;
  private final PortalMessages messages;

  InvitePageController(PeoplePages pages, Invitations invitations, OrganizationService organizations,
      PortalMessages messages) {
    this.pages = pages;
    this.invitations = invitations;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/invite")
  String invitePage(@AuthenticationPrincipal PortalUser user, Model model) {
    return invitePage(user, new InviteListForm(), new InviteOneForm(), model);
  }

  /** R-PPL-1, R-PPL-6: the valid addresses are invited, each bad one is reported with its reason. */
  @PostMapping("/invite")
  String inviteMultiple(@AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("listForm") InviteListForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        InvitationResult result = invitations.inviteMultiple(user.organizationId(), user, form.toCommand());
        redirect.addFlashAttribute("result", InviteOutcome.of(result,
            organizations.location(user.organizationId(), form.getLocationId()).name()));
        return "redirect:/portal/people/invite";
      } catch (InvalidField e) {
        errors.rejectValue("emails".equals(e.field()) ? "emails" : "locationId", "invalid", e.getMessage());
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return invitePage(user, form, new InviteOneForm(), model);
  }

  /** R-PPL-2: the admin enters the details; the person accepts; then an admin approves. */
  @PostMapping("/invite-one")
  String inviteOne(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("oneForm") InviteOneForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        PersonView invited = invitations.inviteSingle(user.organizationId(), user, form.toCommand());
        redirect.addFlashAttribute("message", messages.text("people.invite.one.sent", invited.email(),
            invited.firstName()));
        return "redirect:/portal/people/awaiting?status=INVITED";
      } catch (InvalidField e) {
        errors.rejectValue("locationId", "invalid", e.getMessage());
      } catch (BusinessRuleViolation e) {
        model.addAttribute("error", PortalMessages.of(e));
      }
    }
    return invitePage(user, new InviteListForm(), form, model);
  }

  private String invitePage(PortalUser user, InviteListForm listForm, InviteOneForm oneForm, Model model) {
    pages.common(user, "invite", model);
    List<LocationTree.Entry> locations = pages.activeLocations(user, true);
    if (!locations.isEmpty()) {
      UUID first = locations.get(0).location().id();
      listForm.setLocationId(listForm.getLocationId() == null ? first : listForm.getLocationId());
      oneForm.setLocationId(oneForm.getLocationId() == null ? first : oneForm.getLocationId());
    }
    model.addAttribute("locations", locations);
    model.addAttribute("listForm", listForm);
    model.addAttribute("oneForm", oneForm);
    model.addAttribute("maxLength", InviteListForm.MAX_LENGTH);
    return "people/invite";
  }
}
