package org.pmc.ordering.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * R-ABTK-19 in demo mode: the sandbox's hosted checkout page, with Pay and Decline as a card would end. Only for
 * the admins of the invoice's organization (404 for anyone else's session, however its id was learned); a paid,
 * declined or expired session shows that it ended and cannot be paid again.
 */
@Controller
@ConditionalOnExpression(SandboxCheckout.ACTIVE)
@RequestMapping("/sandbox/checkout/{sessionId}")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class SandboxCheckoutController {

  private final CheckoutSessions sessions;
  private final SandboxCheckout sandbox;
  private final BillingProperties billing;
  private final Clock clock;
  private final PortalMessages texts;

  SandboxCheckoutController(CheckoutSessions sessions, SandboxCheckout sandbox, BillingProperties billing,
      Clock clock, PortalMessages texts) {
    this.texts = texts;
    this.sessions = sessions;
    this.sandbox = sandbox;
    this.billing = billing;
    this.clock = clock;
  }

  @GetMapping
  String page(@AuthenticationPrincipal PortalUser user, @PathVariable UUID sessionId, Model model) {
    CheckoutSession session = sessions.session(user.organizationId(), sessionId);
    model.addAttribute("checkout", session); // "session" is the HTTP session in a page
    model.addAttribute("status", session.statusAt(clock.instant()));
    model.addAttribute("merchant", billing.seller());
    return "ordering/sandbox-checkout";
  }

  @PostMapping("/pay")
  String pay(@AuthenticationPrincipal PortalUser user, @PathVariable UUID sessionId, RedirectAttributes redirect) {
    Optional<CheckoutSession> payable = sessions.payable(user.organizationId(), sessionId);
    if (payable.isEmpty()) {
      return "redirect:/sandbox/checkout/" + sessionId;
    }
    CheckoutSession session = payable.get();
    if (!sandbox.pay(session)) {
      redirect.addFlashAttribute("error", texts.text("checkout.notDelivered"));
      return "redirect:/sandbox/checkout/" + sessionId;
    }
    redirect.addFlashAttribute("message", texts.text("checkout.received", session.amount().inReadersLanguage(),
        session.invoiceNumber()));
    return "redirect:/portal/invoices?paid=" + session.invoiceId();
  }

  @PostMapping("/decline")
  String decline(@AuthenticationPrincipal PortalUser user, @PathVariable UUID sessionId,
      RedirectAttributes redirect) {
    if (!sessions.decline(user.organizationId(), sessionId)) {
      return "redirect:/sandbox/checkout/" + sessionId;
    }
    redirect.addFlashAttribute("error", texts.text("checkout.declined"));
    return "redirect:/portal/invoices";
  }
}
