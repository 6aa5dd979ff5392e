package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.pmc.people.Privilege;
import org.pmc.people.Privileges;
import org.pmc.people.internal.AdminAppointments.AdminView;
import org.pmc.people.internal.AdminAppointments.Appointment;
import org.pmc.people.internal.AdminAppointments;
import org.pmc.people.internal.ContactRole;
import org.pmc.people.internal.ProgramContacts.Contact;
import org.pmc.people.internal.ProgramContacts;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.pmc.web.RefusedBy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Program contacts, privileges and admin roles of an organization (R-ROLE-1..4). */
@RestController
@RequestMapping("/api/organizations/{org}")
class RolesController {

  private final ProgramContacts contacts;
  private final Privileges privileges;
  private final AdminAppointments admins;

  RolesController(ProgramContacts contacts, Privileges privileges, AdminAppointments admins) {
    this.contacts = contacts;
    this.privileges = privileges;
    this.admins = admins;
  }

  @Operation(summary = "List a location's program contacts")
  @GetMapping("/locations/{loc}/contacts")
  ResponseEntity<List<Contact>> contacts(@PathVariable UUID org, @PathVariable UUID loc,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(contacts.contacts(org, loc), Paging.of(page, size)));
  }

  @Operation(summary = "Assign a program contact")
  @RefusedBy("R-ROLE-1")
  @PutMapping("/locations/{loc}/contacts/{role}")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  Contact assignContact(@PathVariable UUID org, @PathVariable UUID loc, @PathVariable ContactRole role,
      @AuthenticationPrincipal PortalUser admin, @Valid @RequestBody ContactHolder holder) {
    return contacts.assign(org, admin, loc, role, holder.individualId());
  }

  @Operation(summary = "Remove a program contact")
  @DeleteMapping("/locations/{loc}/contacts/{role}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  void removeContact(@PathVariable UUID org, @PathVariable UUID loc, @PathVariable ContactRole role,
      @AuthenticationPrincipal PortalUser admin) {
    contacts.remove(org, admin, loc, role);
  }

  @Operation(summary = "Show who holds which privileges")
  @GetMapping("/privileges")
  Privileges.Summary privileges(@PathVariable UUID org) {
    return privileges.summary(org);
  }

  @Operation(summary = "Grant a privilege at a location")
  @RefusedBy({"R-ROLE-2", "R-ROLE-3"})
  @PutMapping("/locations/{loc}/privileges/{individualId}/{privilege}")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  Privileges.Grant grant(@PathVariable UUID org, @PathVariable UUID loc, @PathVariable UUID individualId,
      @PathVariable Privilege privilege, @AuthenticationPrincipal PortalUser admin) {
    return privileges.grant(org, admin, loc, individualId, privilege);
  }

  @Operation(summary = "Revoke a privilege at a location")
  @DeleteMapping("/locations/{loc}/privileges/{individualId}/{privilege}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  void revoke(@PathVariable UUID org, @PathVariable UUID loc, @PathVariable UUID individualId,
      @PathVariable Privilege privilege, @AuthenticationPrincipal PortalUser admin) {
    privileges.revoke(org, admin, loc, individualId, privilege);
  }

  @Operation(summary = "Appoint an admin")
  @PutMapping("/admins/{individualId}")
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  AdminView appoint(@PathVariable UUID org, @PathVariable UUID individualId,
      @AuthenticationPrincipal PortalUser admin, @Valid @RequestBody Appointment appointment) {
    return admins.appoint(org, admin, individualId, appointment);
  }

  @Operation(summary = "Dismiss an admin")
  @DeleteMapping("/admins/{individualId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasRole('GLOBAL_ADMIN')")
  void dismiss(@PathVariable UUID org, @PathVariable UUID individualId, @AuthenticationPrincipal PortalUser admin) {
    admins.dismiss(org, admin, individualId);
  }

  record ContactHolder(@NotNull UUID individualId) {}
}
