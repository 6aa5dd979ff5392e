package org.pmc.support.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.UUID;
import org.pmc.support.internal.NamedContactService.NamedContactView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-SUP-5: staff choose an organization's named contact on {@code /api/admin/**}, whose chain signs in against the
 * Camunda identity and needs {@code rsc}, {@code rsc-lead} or {@code camunda-admin} (security/SecurityConfiguration).
 */
@RestController
class NamedContactController {

  private final NamedContactService contacts;

  NamedContactController(NamedContactService contacts) {
    this.contacts = contacts;
  }

  @Operation(summary = "Choose an organization's named contact (staff)")
  @PutMapping("/api/admin/organizations/{org}/named-contact")
  NamedContactView assign(@PathVariable UUID org, @Valid @RequestBody Choice choice, Principal staff) {
    return contacts.assign(org, choice.userId().strip(), staff.getName());
  }

  /** The Camunda user id of a member of {@code rsc}. */
  record Choice(@NotBlank @Size(max = 64) String userId) {}
}
