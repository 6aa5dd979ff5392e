package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.people.internal.AssociationRequest;
import org.pmc.people.internal.AssociationRequests;
import org.pmc.web.ConfirmationSent;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.PublicOperation;
import org.pmc.web.RefusedBy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People of an organization and the three ways in (R-PPL-1..6). */
@RestController
class InvitationController {

  private final Invitations invitations;
  private final AssociationRequests requests;
  private final PeopleService people;

  InvitationController(Invitations invitations, AssociationRequests requests, PeopleService people) {
    this.invitations = invitations;
    this.requests = requests;
    this.people = people;
  }

  @Operation(summary = "List the organization's people")
  @GetMapping("/api/organizations/{org}/people")
  ResponseEntity<List<PersonView>> people(@PathVariable UUID org, PeopleFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Page<PersonView> result = people.people(org, filter,
        Paging.of(page, size, Sort.by("lastName", "firstName", "email")));
    return Paging.response(result);
  }

  @Operation(summary = "Invite people by email address")
  @PostMapping("/api/organizations/{org}/invitations")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  InvitationResult inviteMultiple(@PathVariable UUID org, @AuthenticationPrincipal PortalUser admin,
      @Valid @RequestBody InviteMultiple command) {
    return invitations.inviteMultiple(org, admin, command);
  }

  @Operation(summary = "Show how the invitations are going")
  @GetMapping("/api/organizations/{org}/invitations/progress")
  InvitationProgress progress(@PathVariable UUID org) {
    return invitations.progress(org);
  }

  @Operation(summary = "Invite a person with their details")
  @RefusedBy("R-PPL-5")
  @PostMapping("/api/organizations/{org}/people")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  PersonView inviteSingle(@PathVariable UUID org, @AuthenticationPrincipal PortalUser admin,
      @Valid @RequestBody SingleInvite command) {
    return invitations.inviteSingle(org, admin, command);
  }

  /** R-PPL-7: the same answer whatever the address; the link in the mail makes the person REQUESTING. */
  @Operation(summary = "Request association with an organization")
  @PublicOperation(rateLimited = true)
  @PostMapping("/api/association-requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ConfirmationSent requestAssociation(@Valid @RequestBody AssociationRequest request) {
    requests.request(request);
    return ConfirmationSent.ANSWER;
  }

  @Operation(summary = "Approve an association request")
  @RefusedBy("R-PPL-3")
  @PostMapping("/api/organizations/{org}/people/{id}/approve")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  PersonView approve(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser admin) {
    invitations.decide(org, admin, id, true);
    return people.person(id);
  }

  @Operation(summary = "Reject an association request")
  @RefusedBy("R-PPL-4")
  @PostMapping("/api/organizations/{org}/people/{id}/reject")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  PersonView reject(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser admin) {
    invitations.decide(org, admin, id, false);
    return people.person(id);
  }

  @Operation(summary = "Resend a person's invitation")
  @RefusedBy("R-PPL-4")
  @PostMapping("/api/organizations/{org}/people/{id}/resend-invitation")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  PersonView resend(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser admin) {
    return invitations.resend(org, admin, id);
  }

  @Operation(summary = "Remove a person from the organization")
  @RefusedBy("R-ROLE-4")
  @DeleteMapping("/api/organizations/{org}/people/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  void delete(@PathVariable UUID org, @PathVariable UUID id, @AuthenticationPrincipal PortalUser admin) {
    invitations.delete(org, admin, id);
  }
}
