package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PartnerConsents.ConsentRequest;
import org.pmc.people.PartnerConsents;
import org.pmc.people.PartnerQuestions.PartnerQuestion;
import org.pmc.people.PartnerQuestions;
import org.pmc.people.PartnerTasks.PartnerTask;
import org.pmc.people.PartnerTasks;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.people.internal.Invitations;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal page "Tasks": the admin's inbox of approvals (R-PPL-2, R-PPL-3), limited to the people at the
 * locations they administer (R-ROLE-4), oldest first, with Approve and Reject; above them the questions staff
 * ask this admin (R-REV-4), each with its answer form, and other organizations' requests that need this organization's
 * consent (R-LOC-8), with Accept and Decline.
 */
@Controller
@RequestMapping("/portal/tasks")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class TaskPortalController {

  private static final int PAGE_SIZE = 25;

  private final PartnerTasks tasks;
  private final Invitations invitations;
  private final PeopleService people;
  private final OrganizationService organizations;
  private final PortalMessages messages;
  private final List<PartnerQuestions> askers;
  private final List<PartnerConsents> consents;

  TaskPortalController(PartnerTasks tasks, Invitations invitations, PeopleService people,
      OrganizationService organizations, PortalMessages messages, List<PartnerQuestions> askers,
      List<PartnerConsents> consents) {
    this.askers = askers;
    this.consents = consents;
    this.tasks = tasks;
    this.invitations = invitations;
    this.people = people;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping
  String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    List<PartnerTask> waiting = tasks.waitingFor(user);
    int number = Math.max(0, Math.min(page, (waiting.size() - 1) / PAGE_SIZE));
    int from = number * PAGE_SIZE;
    model.addAttribute("page", new PageImpl<>(waiting.subList(from, Math.min(from + PAGE_SIZE, waiting.size())),
        PageRequest.of(number, PAGE_SIZE), waiting.size()));
    model.addAttribute("locationNames", organizations.locations(user.organizationId()).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name)));
    model.addAttribute("questions", askers.stream().flatMap(asker -> asker.waitingFor(user).stream())
        .sorted(Comparator.comparing(PartnerQuestion::since)).toList());
    model.addAttribute("consents", consents.stream().flatMap(asker -> asker.waitingFor(user).stream())
        .sorted(Comparator.comparing(ConsentRequest::since)).toList());
    return "tasks/list";
  }

  @PostMapping("/{individualId}/approve")
  String approve(@AuthenticationPrincipal PortalUser user, @PathVariable UUID individualId,
      RedirectAttributes redirect) {
    return decide(user, individualId, true, redirect);
  }

  @PostMapping("/{individualId}/reject")
  String reject(@AuthenticationPrincipal PortalUser user, @PathVariable UUID individualId,
      RedirectAttributes redirect) {
    return decide(user, individualId, false, redirect);
  }

  private String decide(PortalUser user, UUID individualId, boolean approve, RedirectAttributes redirect) {
    PersonView person = people.person(user.organizationId(), individualId);
    try {
      invitations.decide(user.organizationId(), user, individualId, approve);
      redirect.addFlashAttribute("message", messages.text(approve ? "tasks.approved" : "tasks.rejected",
          person.displayName()));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/tasks";
  }

  /** A person of another organization, or none: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }
}
