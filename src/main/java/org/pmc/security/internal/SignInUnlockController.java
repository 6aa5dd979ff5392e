package org.pmc.security.internal;

import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.people.PeopleService;
import org.pmc.people.PersonView;
import org.pmc.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff console, People: the RSC unlocks a person's sign-in, whose failed attempts throttle it (issue 13, api.md:
 * nothing locks an account for good, but a partner should not wait out the window when the RSC knows them).
 * Recorded in the organization's activity log with the staff member's name.
 */
@Controller
@StaffPage
class SignInUnlockController {

  private final PeopleService people;
  private final SignInFailures failures;
  private final ActivityLog activity;

  SignInUnlockController(PeopleService people, SignInFailures failures, ActivityLog activity) {
    this.people = people;
    this.failures = failures;
    this.activity = activity;
  }

  @PostMapping("/staff/organizations/{organizationId}/people/{individualId}/unlock")
  @Transactional
  public String unlock(@PathVariable UUID organizationId, @PathVariable UUID individualId,
      RedirectAttributes redirect) {
    PersonView person = people.person(organizationId, individualId);
    boolean throttled = failures.forgetAccount(person.email());
    activity.record(organizationId, "SIGN_IN_UNLOCKED", "INDIVIDUAL", individualId, "Program staff unlocked the "
        + "sign-in of " + person.email() + (throttled ? "; its failed sign-ins are forgotten" : " (none were counted)"));
    redirect.addFlashAttribute("message", "Sign-in of " + person.email() + " unlocked"
        + (throttled ? ": the failed sign-ins are forgotten." : "; no failed sign-ins were counted."));
    return "redirect:/staff/organizations/" + organizationId + "/people";
  }
}
