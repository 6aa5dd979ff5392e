package org.pmc.support.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportCatalog;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.PublicOperation;
import org.pmc.web.RefusedBy;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Support topics (public) and an organization's tickets (R-SUP-2..4, R-SUP-6). */
@RestController
class SupportController {

  private final SupportService support;
  private final SupportCatalog catalog;

  SupportController(SupportService support, SupportCatalog catalog) {
    this.support = support;
    this.catalog = catalog;
  }

  @Operation(summary = "List the support topics")
  @PublicOperation
  @GetMapping("/api/support/topics")
  List<SupportCatalog.Category> topics() {
    return catalog.categories();
  }

  @Operation(summary = "Open a support ticket")
  @PostMapping("/api/organizations/{org}/tickets")
  @ResponseStatus(HttpStatus.CREATED)
  TicketCreated create(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @Valid @RequestBody NewTicket ticket) {
    return support.create(org, user.individualId(), ticket);
  }

  @Operation(summary = "List the organization's tickets")
  @GetMapping("/api/organizations/{org}/tickets")
  ResponseEntity<List<TicketView>> list(@PathVariable UUID org, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return Paging.response(support.list(org, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))));
  }

  @Operation(summary = "Show a ticket")
  @GetMapping("/api/organizations/{org}/tickets/{id}")
  TicketView get(@PathVariable UUID org, @PathVariable UUID id) {
    return support.get(org, id);
  }

  @Operation(summary = "Accept or reopen a ticket's answer")
  @RefusedBy("R-SUP-4")
  @PostMapping("/api/organizations/{org}/tickets/{id}/resolution")
  TicketView resolve(@PathVariable UUID org, @PathVariable UUID id, @Valid @RequestBody Resolution resolution) {
    return support.resolve(org, id, resolution.accepted(), resolution.comment());
  }

  @Operation(summary = "Answer the support staff's question about a ticket")
  @RefusedBy("R-SUP-6")
  @PostMapping("/api/organizations/{org}/tickets/{id}/answer")
  TicketView answer(@PathVariable UUID org, @PathVariable UUID id, @Valid @RequestBody QuestionAnswer answer) {
    return support.answerQuestion(org, id, answer.answer());
  }

  /** R-SUP-4: the partner accepts the answer, or not (reopens, saying why: {@code comment} then required). */
  record Resolution(@NotNull Boolean accepted, @Size(max = SupportService.MAX_TEXT) String comment) {}

  /** R-SUP-6: the partner's answer to staff's question. */
  record QuestionAnswer(@NotBlank @Size(max = SupportService.MAX_TEXT) String answer) {}
}
