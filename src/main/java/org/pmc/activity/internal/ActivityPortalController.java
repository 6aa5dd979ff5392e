package org.pmc.activity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.pmc.activity.ActivityLog;
import org.pmc.activity.internal.Activity;
import org.pmc.activity.internal.ActivityCsv;
import org.pmc.activity.internal.ActivityFilter;
import org.pmc.web.InvalidField;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Portal page "Activity": the organization's log for its admins. The CSV download is served here too,
 * because the browser is signed in to the portal, not to the API's HTTP Basic.
 */
@Controller
@RequestMapping("/portal")
@PreAuthorize("hasAnyRole('GLOBAL_ADMIN', 'LOCATION_ADMIN')")
class ActivityPortalController {

  private static final int PAGE_SIZE = 50;

  private final ActivityLog activity;

  ActivityPortalController(ActivityLog activity) {
    this.activity = activity;
  }

  @GetMapping("/activity")
  String list(@AuthenticationPrincipal PortalUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("types", activity.types(user.organizationId()));
    try {
      ActivityFilter filter = new ActivityFilter(from, to, type);
      model.addAttribute("filter", filter);
      model.addAttribute("page", activity.list(user.organizationId(), filter,
          Paging.of(Math.max(page, 0), PAGE_SIZE, ActivityLog.NEWEST_FIRST)));
    } catch (InvalidField e) {
      model.addAttribute("filter", new ActivityFilter(from, null, type));
      model.addAttribute("error", "The end date must not be before the start date.");
      model.addAttribute("page", Page.empty());
    }
    return "activity/list";
  }

  @GetMapping("/activity.csv")
  void csv(@AuthenticationPrincipal PortalUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String type, HttpServletResponse response) throws IOException {
    ActivityFilter filter = new ActivityFilter(from, to, type);
    ActivityCsv.prepare(response);
    activity.export(user.organizationId(), filter, response.getWriter());
  }

  /** A download link with the end before the start (only by editing the address): the portal's error page. */
  @ExceptionHandler(InvalidField.class)
  void invalid(InvalidField e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value(), e.field() + " " + e.getMessage());
  }
}
