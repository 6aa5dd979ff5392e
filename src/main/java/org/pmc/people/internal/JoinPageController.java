package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.pmc.notification.InvalidLink;
import org.pmc.notification.LinkPages;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.pmc.people.internal.AssociationRequestMails;
import org.pmc.people.internal.AssociationRequests;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /join/{token}}: the page behind the link in an association request's confirmation mail (R-PPL-3,
 * R-PPL-7). {@code GET} only shows the request; <b>Confirm</b> ({@code POST}, CSRF) sends it to the
 * organization's admins: the person is REQUESTING from then on.
 */
@Controller
class JoinPageController {

  private static final String NEW_LINK = "Ask to join again to get a new link.";

  private final AssociationRequests requests;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final SignedLinks links;

  JoinPageController(AssociationRequests requests, OrganizationService organizations, PeopleService people,
      SignedLinks links) {
    this.requests = requests;
    this.organizations = organizations;
    this.people = people;
    this.links = links;
  }

  @GetMapping("/join/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    PendingAssociationRequest request = requests.open(requestOf(token));
    if (people.isTaken(request.getEmail())) {
      return alreadyTaken(model, response); // an earlier click, or an invitation, took the address (R-PPL-5)
    }
    model.addAttribute("token", token);
    return page(request, false, model);
  }

  @PostMapping("/join/{token}")
  String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
    UUID id = requestOf(token);
    PendingAssociationRequest request = requests.open(id);
    try {
      requests.confirm(id);
      return page(request, true, model);
    } catch (BusinessRuleViolation taken) {
      return alreadyTaken(model, response);
    } catch (InvalidField locationGone) {
      model.addAttribute("messageKey", "link.join.locationGone");
      model.addAttribute("hintKey", "link.join.newLink");
      return LinkPages.refused(HttpStatus.CONFLICT, "This location no longer takes requests.", NEW_LINK, model,
          response);
    }
  }

  private String page(PendingAssociationRequest request, boolean sent, Model model) {
    OrganizationView organization = organizations.organization(request.getOrganizationId());
    model.addAttribute("request", request);
    model.addAttribute("organization", organization);
    model.addAttribute("locationName", organizations.location(organization.id(), request.getLocationId()).name());
    model.addAttribute("sent", sent);
    return "people/join";
  }

  private UUID requestOf(String token) {
    return links.verify(token, AssociationRequestMails.LINK_PURPOSE);
  }

  private static String alreadyTaken(Model model, HttpServletResponse response) {
    model.addAttribute("hintKey", "link.join.taken");
    return LinkPages.addressTaken("Sign in with it, or look for the mail of the request or invitation under way.",
        model, response);
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    model.addAttribute("hintKey", "link.join.newLink"); // the page says NEW_LINK in the reader's language
    return LinkPages.refused(e, NEW_LINK, model, response);
  }
}
