package org.pmc.mcp.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Withdraw the unanswered invitation" of {@code mcp-invitation} (R-PPL-7); the business key is the association id. */
@Component("lapseMcpInvitation")
class LapseMcpInvitation implements JavaDelegate {

  private final McpInvitations invitations;

  LapseMcpInvitation(McpInvitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invitations.lapse(UUID.fromString(execution.getProcessBusinessKey()));
  }
}
