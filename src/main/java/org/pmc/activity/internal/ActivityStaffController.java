package org.pmc.activity.internal;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.web.Paging;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff console, Activity (RSC): the organization's log, the latest 50 a page, with who made each change. */
@Controller
@StaffPage
class ActivityStaffController {

  private static final int PAGE_SIZE = 50;

  private final ActivityLog activity;

  ActivityStaffController(ActivityLog activity) {
    this.activity = activity;
  }

  @GetMapping("/staff/organizations/{organizationId}/activity")
  String list(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("activities", activity.list(organizationId, new ActivityFilter(null, null, null),
        Paging.of(Math.max(page, 0), PAGE_SIZE, ActivityLog.NEWEST_FIRST)));
    return "staff/activity";
  }
}
