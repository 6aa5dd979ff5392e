package org.pmc.mcp.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmc.notification.InvalidLink;
import org.pmc.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page behind the link in the MCP's invitation (R-MCP-2). {@code GET} only shows, so link scanners
 * change nothing; accepting is a {@code POST} with the page's CSRF token.
 */
@Controller
class McpInvitationController {

  private final McpInvitations invitations;

  McpInvitationController(McpInvitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/m/{token}")
  String show(@PathVariable String token, Model model, HttpServletRequest request) {
    return render(invitations.view(token), token, model, request);
  }

  @PostMapping("/m/{token}")
  String accept(@PathVariable String token, Model model, HttpServletRequest request) {
    return render(invitations.accept(token), token, model, request);
  }

  /** The page is in the language of the invitation mail (R-LOC). */
  private static String render(InvitationPage page, String token, Model model, HttpServletRequest request) {
    PageLanguage.use(request, page.language());
    model.addAttribute("page", page);
    model.addAttribute("token", token);
    return "mcp/invitation";
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    response.setStatus(e.expired() ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("message", e.getMessage());
    model.addAttribute("messageKey", e.key());
    return "mcp/invalid-link";
  }

  @ExceptionHandler(McpInvitations.UnknownInvitation.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknown(McpInvitations.UnknownInvitation e, Model model) {
    model.addAttribute("message", e.getMessage());
    model.addAttribute("messageKey", "link.mcp.gone");
    return "mcp/invalid-link";
  }
}
