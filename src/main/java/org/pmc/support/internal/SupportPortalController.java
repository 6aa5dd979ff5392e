package org.pmc.support.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportCatalog;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Portal page "Support": Contact Support (category, topic and issue chosen by a plain GET form, suggested
 * articles first, then the ticket form; R-SUP-2), my tickets, and a ticket with its history, Accept / Reopen
 * with a comment (R-SUP-3, R-SUP-4) and the answer to staff's question (R-SUP-6).
 */
@Controller
@RequestMapping("/portal/support")
class SupportPortalController {

  private static final int PAGE_SIZE = 25;

  private final SupportService support;
  private final SupportCatalog catalog;
  private final PortalMessages texts;

  SupportPortalController(SupportService support, SupportCatalog catalog, PortalMessages texts) {
    this.texts = texts;
    this.support = support;
    this.catalog = catalog;
  }

  @GetMapping
  String page(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String category,
      @RequestParam(required = false) String topic, @RequestParam(required = false) String issue,
      @RequestParam(defaultValue = "0") int page, Model model) {
    List<SupportCatalog.Category> categories = catalog.categories();
    Optional<SupportCatalog.Category> chosenCategory = categories.stream()
        .filter(c -> c.code().equals(category)).findFirst();
    Optional<SupportCatalog.Topic> chosenTopic = chosenCategory.flatMap(c -> c.topics().stream()
        .filter(t -> t.code().equals(topic)).findFirst());
    Optional<SupportCatalog.Issue> chosenIssue = chosenTopic.flatMap(t -> t.issues().stream()
        .filter(i -> i.code().equals(issue)).findFirst());
    model.addAttribute("categories", categories);
    model.addAttribute("category", chosenCategory.orElse(null));
    model.addAttribute("topic", chosenTopic.orElse(null));
    model.addAttribute("issue", chosenIssue.orElse(null));
    model.addAttribute("priorities", TicketPriority.values());
    model.addAttribute("complexities", TicketComplexity.values());
    model.addAttribute("tickets", support.list(user.organizationId(),
        Paging.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt"))));
    return "support/page";
  }

  @PostMapping("/tickets")
  String raise(@AuthenticationPrincipal PortalUser user, @RequestParam String category,
      @RequestParam String topic, @RequestParam String issue, @RequestParam TicketPriority priority,
      @RequestParam TicketComplexity complexity, @RequestParam String subject, @RequestParam String description,
      RedirectAttributes redirect) {
    if (subject.isBlank() || description.isBlank()) {
      redirect.addFlashAttribute("error", texts.text("support.missing"));
      // Issue 14: the values as encoded query parameters, never as URL text (a "{x}" was a template variable).
      return "redirect:" + UriComponentsBuilder.fromPath("/portal/support").queryParam("category", "{category}")
          .queryParam("topic", "{topic}").queryParam("issue", "{issue}").encode()
          .buildAndExpand(category, topic, issue).toUriString();
    }
    try {
      TicketCreated created = support.create(user.organizationId(), user.individualId(),
          new NewTicket(category, topic, issue, priority, complexity, subject, description));
      redirect.addFlashAttribute("message", texts.text("support.raised", texts.label(created.channel())));
      return "redirect:/portal/support/tickets/" + created.id();
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
      return "redirect:/portal/support";
    }
  }

  @GetMapping("/tickets/{id}")
  String ticket(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("ticket", support.get(user.organizationId(), id));
    return "support/ticket";
  }

  @PostMapping("/tickets/{id}/resolution")
  String resolve(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, @RequestParam boolean accepted,
      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    try {
      support.resolve(user.organizationId(), id, accepted, comment);
      redirect.addFlashAttribute("message", texts.text(accepted ? "support.closed" : "support.reopened"));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/support/tickets/" + id;
  }

  /** R-SUP-6: the answer to staff's question, from the ticket's page or the Tasks page. */
  @PostMapping("/tickets/{id}/answer")
  String answer(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
      @RequestParam(required = false) String answer, RedirectAttributes redirect) {
    try {
      support.answerQuestion(user.organizationId(), id, answer);
      redirect.addFlashAttribute("message", texts.text("support.answered"));
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/support/tickets/" + id;
  }
}
