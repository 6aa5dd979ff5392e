package org.pmc.ordering.internal;

import java.util.UUID;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * R-ABTK-19: an invoice's Pay link ({@code payUrl}, on the Invoices and Orders pages and in mails) goes to the
 * provider's hosted checkout. Another organization's invoice is 404; one no longer open goes back to Invoices
 * saying why.
 */
@Controller
class CheckoutPortalController {

  private final CheckoutSessions checkouts;

  CheckoutPortalController(CheckoutSessions checkouts) {
    this.checkouts = checkouts;
  }

  @GetMapping("/portal/invoices/{invoiceId}/pay")
  @PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
  RedirectView pay(@AuthenticationPrincipal PortalUser user, @PathVariable UUID invoiceId,
      RedirectAttributes redirect) {
    RedirectView view;
    try {
      view = new RedirectView(checkouts.start(user.organizationId(), invoiceId).checkoutUrl().toString(), true);
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
      view = new RedirectView("/portal/invoices", true);
    }
    view.setStatusCode(HttpStatus.SEE_OTHER);
    return view;
  }
}
