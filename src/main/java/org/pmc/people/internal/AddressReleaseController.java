package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.pmc.people.internal.AddressHolds.ReleasedAddress;
import org.pmc.people.internal.AddressHolds;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R-PPL-7, issue 14: program staff free an address a stranger's invitation or request holds. */
@RestController
@Validated
@RequestMapping("/api/admin/addresses")
class AddressReleaseController {

  private final AddressHolds holds;

  AddressReleaseController(AddressHolds holds) {
    this.holds = holds;
  }

  @Operation(summary = "Release an email address held by an invitation or request (staff)")
  @DeleteMapping("/{email}")
  ReleasedAddress release(@PathVariable @Email @Size(max = 254) String email) {
    return holds.release(email);
  }
}
