package org.pmc.people;

import java.util.List;
import java.util.UUID;
import org.pmc.people.PartnerTasks.PartnerTask;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What waits for the signed-in admin; approve or reject with {@code POST .../people/{id}/approve|reject}. */
@RestController
class TaskController {

  private final PartnerTasks tasks;

  TaskController(PartnerTasks tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/api/organizations/{org}/tasks")
  List<PartnerTask> tasks(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user) {
    return tasks.waitingFor(user);
  }
}
