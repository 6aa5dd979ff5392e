package org.pmc.mcp.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.pmc.notification.InvalidLink;
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
  String show(@PathVariable String token, Model model) {
    model.addAttribute("page", invitations.view(token));
    model.addAttribute("token", token);
    return "mcp/invitation";
  }

  @PostMapping("/m/{token}")
  String accept(@PathVariable String token, Model model) {
    model.addAttribute("page", invitations.accept(token));
    model.addAttribute("token", token);
    return "mcp/invitation";
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    response.setStatus(e.expired() ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("message", e.getMessage());
    return "mcp/invalid-link";
  }

  @ExceptionHandler(McpInvitations.UnknownInvitation.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknown(McpInvitations.UnknownInvitation e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "mcp/invalid-link";
  }
}
