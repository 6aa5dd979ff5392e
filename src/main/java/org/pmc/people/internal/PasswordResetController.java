package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pmc.web.ConfirmationSent;
import org.pmc.web.PublicOperation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A forgotten password; the same answer whatever the address, the link goes only to its owner. */
@RestController
class PasswordResetController {

  private final PasswordResets resets;

  PasswordResetController(PasswordResets resets) {
    this.resets = resets;
  }

  @Operation(summary = "Ask for a link that sets a new password")
  @PublicOperation(rateLimited = true)
  @PostMapping("/api/password-reset")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ConfirmationSent request(@Valid @RequestBody ResetRequest request) {
    resets.request(request.email());
    return ConfirmationSent.ANSWER;
  }

  record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {}
}
