package org.pmc.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.pmc.notification.MailQuotaView;
import org.pmc.organization.internal.MailQuotaChange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14 (3): an organization's daily mail quota. Its people read it; program staff set it on
 * {@code /api/admin/**}, whose chain signs in against the Camunda identity and needs {@code rsc}, {@code rsc-lead}
 * or {@code camunda-admin} (security/SecurityConfiguration), so a partner's password answers 401 there.
 */
@RestController
class MailQuotaController {

  private final MailQuotaSettings settings;

  MailQuotaController(MailQuotaSettings settings) {
    this.settings = settings;
  }

  @Operation(summary = "Show the organization's mail quota")
  @GetMapping("/api/organizations/{org}/mail-quota")
  MailQuotaView quota(@PathVariable UUID org) {
    return settings.quota(org);
  }

  @Operation(summary = "Show an organization's mail quota (staff)")
  @GetMapping("/api/admin/organizations/{org}/mail-quota")
  MailQuotaView quotaForStaff(@PathVariable UUID org) {
    return settings.quota(org);
  }

  @Operation(summary = "Change an organization's mail quota (staff)")
  @PutMapping("/api/admin/organizations/{org}/mail-quota")
  MailQuotaView change(@PathVariable UUID org, @Valid @RequestBody MailQuotaChange change, Principal staff) {
    return settings.setDailyLimit(org, change.dailyLimit(), staff.getName());
  }
}
