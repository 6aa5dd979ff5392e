package org.pmc.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.pmc.people.ProfileView;
import org.pmc.web.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own profile and password (api.md "Sign-up, sign-in, profiles"). */
@RestController
@RequestMapping("/api/me")
class MeController {

  private final MyProfile profile;

  MeController(MyProfile profile) {
    this.profile = profile;
  }

  @Operation(summary = "Show my profile")
  @GetMapping
  ProfileView me(@AuthenticationPrincipal PortalUser user) {
    return profile.profile(user);
  }

  @Operation(summary = "Change my profile")
  @PutMapping
  ProfileView change(@AuthenticationPrincipal PortalUser user, @Valid @RequestBody ProfileChange change) {
    return profile.change(user, change);
  }

  @Operation(summary = "Change my password; my other sessions end")
  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@AuthenticationPrincipal PortalUser user, @Valid @RequestBody PasswordChange change) {
    profile.changePassword(user, change);
  }
}
