package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.Registrations;
import org.pmc.web.ConfirmationSent;
import org.pmc.web.PublicOperation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registering an organization over the API: public, its founder becomes the first global admin. */
@RestController
class RegistrationController {

  private final Registrations registrations;

  RegistrationController(Registrations registrations) {
    this.registrations = registrations;
  }

  /** R-PPL-7: the same answer whatever the address; the link in the mail creates the organization. */
  @Operation(summary = "Register an organization")
  @PublicOperation(rateLimited = true)
  @PostMapping("/api/organizations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ConfirmationSent register(@Valid @RequestBody RegisterOrganization command) {
    registrations.request(command);
    return ConfirmationSent.ANSWER;
  }
}
