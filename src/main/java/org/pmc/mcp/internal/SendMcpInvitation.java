package org.pmc.mcp.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.mcp.internal.McpInvitations;
import org.springframework.stereotype.Component;

/** "Send the invitation" of {@code mcp-invitation} (R-MCP-2, issue 14); the business key is the association id. */
@Component("sendMcpInvitation")
class SendMcpInvitation implements JavaDelegate {

  private final McpInvitations invitations;

  SendMcpInvitation(McpInvitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invitations.sendNow(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
