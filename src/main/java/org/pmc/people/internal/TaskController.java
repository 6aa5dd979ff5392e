package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.pmc.people.PartnerTasks.PartnerTask;
import org.pmc.people.PartnerTasks;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What waits for the signed-in admin; approve or reject with {@code POST .../people/{id}/approve|reject}. */
@RestController
class TaskController {

  private final PartnerTasks tasks;

  TaskController(PartnerTasks tasks) {
    this.tasks = tasks;
  }

  @Operation(summary = "List the tasks waiting for you")
  @GetMapping("/api/organizations/{org}/tasks")
  ResponseEntity<List<PartnerTask>> tasks(@PathVariable UUID org, @AuthenticationPrincipal PortalUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(Paging.slice(tasks.waitingFor(user), Paging.of(page, size)));
  }
}
