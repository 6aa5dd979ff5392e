package org.pmc.mcp.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.mcp.McpService;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.InvitationForm;
import org.pmc.mcp.internal.McpAssignment;
import org.pmc.mcp.internal.McpController;
import org.pmc.mcp.internal.McpFilter;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal page "MCPs" (Requirements &amp; Assets): the organization's MCPs with their certifications,
 * competencies and trainings (R-MCP-1, R-MCP-3), the export, and for admins inviting, moving and
 * removing (R-MCP-2; who may is decided by {@link McpService}).
 */
@Controller
@RequestMapping("/portal")
class McpPortalController {

  private static final int PAGE_SIZE = 25;
  private static final Set<String> FORM_FIELDS = Set.of("mcpId", "email", "locationId");

  private final McpService mcps;
  private final OrganizationService organizations;
  private final PortalMessages texts;

  McpPortalController(McpService mcps, OrganizationService organizations, PortalMessages texts) {
    this.texts = texts;
    this.mcps = mcps;
    this.organizations = organizations;
  }

  @GetMapping("/mcps")
  String list(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") McpFilter filter,
      @RequestParam(defaultValue = "0") int page, Model model) {
    InvitationForm invitation = new InvitationForm();
    invitation.setLocationId(filter.locationId()); // the competency planner's "Invite an MCP" names the location
    return page(user, filter, page, invitation, model);
  }

  @GetMapping("/mcps.csv")
  ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user, McpFilter filter) {
    return McpController.csv(mcps.csv(user.organizationId(), filter));
  }

  @PostMapping("/mcps/invitations")
  String invite(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("invitation") InvitationForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        McpView invited = mcps.invite(user.organizationId(), user, form.toInvitation());
        redirect.addFlashAttribute("message", texts.text("mcps.invited",
            invited.firstName() + " " + invited.lastName(), invited.mcpId()));
        return "redirect:/portal/mcps?status=INVITED";
      } catch (InvalidField e) {
        errors.rejectValue(FORM_FIELDS.contains(e.field()) ? e.field() : "mcpId", "invalid", e.getMessage());
      } catch (BusinessRuleViolation e) {
        errors.rejectValue("mcpId", "refused", e.getMessage() + " (" + e.rule() + ")");
      }
    }
    model.addAttribute("filter", McpFilter.associated());
    return page(user, McpFilter.associated(), 0, form, model);
  }

  @PostMapping("/mcps/{mcpId}/location")
  String assign(@AuthenticationPrincipal PortalUser user, @PathVariable String mcpId,
      @RequestParam(required = false) UUID locationId, RedirectAttributes redirect) {
    return change(redirect, () -> {
      if (locationId == null) {
        throw new InvalidField("locationId", "was not chosen");
      }
      McpView moved = mcps.assign(user.organizationId(), user, mcpId, new McpAssignment(locationId));
      redirect.addFlashAttribute("message", texts.text("mcps.moved", mcpId,
          organizations.location(user.organizationId(), locationId).name()));
      return moved.status();
    });
  }

  @PostMapping("/mcps/{mcpId}/resend-invitation")
  String resend(@AuthenticationPrincipal PortalUser user, @PathVariable String mcpId,
      RedirectAttributes redirect) {
    return change(redirect, () -> {
      McpView invited = mcps.resendInvitation(user.organizationId(), user, mcpId);
      redirect.addFlashAttribute("message", texts.text("mcps.resent", mcpId));
      return invited.status();
    });
  }

  @PostMapping("/mcps/{mcpId}/remove")
  String remove(@AuthenticationPrincipal PortalUser user, @PathVariable String mcpId,
      RedirectAttributes redirect) {
    return change(redirect, () -> {
      AssociationStatus before = mcps.get(user.organizationId(), mcpId).status();
      mcps.remove(user.organizationId(), user, mcpId);
      redirect.addFlashAttribute("message", texts.text("mcps.removed", mcpId));
      return before;
    });
  }

  /** A filter the list cannot apply (an unknown certification typed into the address) is a 400 page. */
  @ExceptionHandler(InvalidField.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalidFilter(InvalidField e, Model model) {
    model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
    model.addAttribute("error", e.field() + " " + e.getMessage());
    return "error";
  }

  /** Runs a row action and returns to the list the MCP was on; refusals are shown there. */
  private String change(RedirectAttributes redirect, RowAction action) {
    AssociationStatus listed = AssociationStatus.ASSOCIATED;
    try {
      listed = action.run();
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", "The location " + e.getMessage() + ".");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", e.getMessage() + " (" + e.rule() + ")");
    } catch (NotFound e) {
      redirect.addFlashAttribute("error", e.getMessage() + ".");
    }
    return "redirect:/portal/mcps" + (listed == AssociationStatus.INVITED ? "?status=INVITED" : "");
  }

  private String page(PortalUser user, McpFilter filter, int page, InvitationForm form, Model model) {
    List<LocationView> locations = organizations.locations(user.organizationId());
    model.addAttribute("page", mcps.list(user.organizationId(), filter,
        Paging.of(Math.max(page, 0), PAGE_SIZE, McpService.ORDER)));
    model.addAttribute("locations", locations);
    model.addAttribute("activeLocations", locations.stream()
        .filter(location -> location.status() == LocationStatus.ACTIVE).toList());
    model.addAttribute("locationNames", locations.stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    model.addAttribute("certifications", mcps.certifications());
    model.addAttribute("statuses", List.of(AssociationStatus.ASSOCIATED, AssociationStatus.INVITED));
    model.addAttribute("invitation", form);
    return "mcp/list";
  }

  @FunctionalInterface
  private interface RowAction {
    AssociationStatus run();
  }
}
