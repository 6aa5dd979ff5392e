package org.pmc.activity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization's activity log, as JSON pages or one CSV file, filtered by days (UTC, both
 * included) and type. Only admins read it. Access to {org} is checked by OrganizationAccess.
 */
@RestController
@RequestMapping("/api/organizations/{org}")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class ActivityController {

  private final ActivityLog activity;

  ActivityController(ActivityLog activity) {
    this.activity = activity;
  }

  @Operation(summary = "List the organization's activity")
  @GetMapping("/activity")
  ResponseEntity<List<ActivityView>> list(@PathVariable UUID org,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return Paging.response(activity.list(org, new ActivityFilter(from, to, type),
        Paging.of(page, size, ActivityLog.NEWEST_FIRST)));
  }

  @Operation(summary = "Export the organization's activity as CSV",
      responses = @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "text/csv")))
  @GetMapping("/activity.csv")
  void csv(@PathVariable UUID org,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String type, HttpServletResponse response) throws IOException {
    ActivityFilter filter = new ActivityFilter(from, to, type);
    ActivityCsv.prepare(response);
    activity.export(org, filter, response.getWriter());
  }
}
