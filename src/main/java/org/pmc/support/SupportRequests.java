package org.pmc.support;

import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pmc.support.internal.NewTicket;
import org.pmc.support.internal.SupportService;
import org.pmc.support.internal.TicketComplexity;
import org.pmc.support.internal.TicketPriority;
import org.pmc.support.internal.TicketProcess;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * A support ticket a partner raises (R-SUP-2), for callers that are not the portal's Support page, such as the
 * demo organization: the same routing, response targets, escalation and mails.
 */
@Service
public class SupportRequests {

  private final SupportService support;
  private final RuntimeService runtime;
  private final ManagementService management;

  SupportRequests(SupportService support, RuntimeService runtime, ManagementService management) {
    this.support = support;
    this.runtime = runtime;
    this.management = management;
  }

  /**
   * R-SUP-2: a ticket on an issue of the support catalog, of high priority and complexity, routed by its channel
   * decision. The ticket's id.
   */
  public UUID raise(UUID organizationId, UUID raisedBy, String category, String topic, String issue, String subject,
      String description) {
    return support.create(organizationId, raisedBy, new NewTicket(category, topic, issue, TicketPriority.HIGH,
        TicketComplexity.HIGH, subject, description)).id();
  }

  /**
   * R-SUP-3: the ticket escalates now to its next channel, by running its response-target timer at once as an
   * operator's "Execute" in Cockpit would: for a demonstration, which cannot wait hours for the target to pass.
   */
  public void passResponseTarget(UUID ticketId) {
    ProcessInstance ticket = runtime.createProcessInstanceQuery().processDefinitionKey(TicketProcess.KEY)
        .processInstanceBusinessKey(ticketId.toString()).singleResult();
    Job timer = management.createJobQuery().processInstanceId(ticket.getId()).activityId("responseTargetPassed")
        .timers().singleResult();
    management.executeJob(timer.getId());
  }

  /** Whether the organization ever raised a ticket. */
  public boolean anyRaised(UUID organizationId) {
    return support.list(organizationId, Pageable.ofSize(1)).hasContent();
  }
}
