package org.pmc.people.internal;

import java.util.Locale;
import org.pmc.activity.ActivityLog;
import org.pmc.people.PasswordChanged;
import org.pmc.people.PasswordRule;
import org.pmc.people.ProfileView;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalUser;
import org.pmc.web.WrongPassword;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** My profile: the signed-in person reads and changes their own details and password. */
@Service
class MyProfile {

  private final Individuals individuals;
  private final PasswordEncoder passwords;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;

  MyProfile(Individuals individuals, PasswordEncoder passwords, ActivityLog activity,
      ApplicationEventPublisher events) {
    this.individuals = individuals;
    this.passwords = passwords;
    this.activity = activity;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public ProfileView profile(PortalUser user) {
    return ProfileView.of(me(user));
  }

  @Transactional(readOnly = true)
  public ProfileChange form(PortalUser user) {
    return ProfileChange.of(me(user));
  }

  /** The language switcher, signed in: the portal and the person's mails are in this language from now on. */
  @Transactional
  public void speak(PortalUser user, Locale language) {
    me(user).speak(language.getLanguage());
  }

  @Transactional
  public ProfileView change(PortalUser user, ProfileChange change) {
    Individual person = me(user);
    person.changeProfile(change);
    activity.record(person.getOrganizationId(), "PROFILE_CHANGED", "INDIVIDUAL", person.getId(),
        person.getEmail() + " changed their profile");
    return ProfileView.of(person);
  }

  /**
   * The current password proves it is the person, not someone at their unlocked screen; the new one meets the
   * {@link PasswordRule}. The person's other sessions end (PasswordChanged), this one stays signed in.
   */
  @Transactional
  public void changePassword(PortalUser user, PasswordChange change) {
    Individual person = me(user);
    if (!passwords.matches(change.currentPassword(), person.getPasswordHash())) {
      WrongPassword.given();
      throw new InvalidField("currentPassword", "is not your current password");
    }
    if (change.newPassword() == null || change.newPassword().isBlank()) {
      throw new InvalidField("newPassword", "must not be blank");
    }
    PasswordRule.problem(change.newPassword(), person.getEmail()).ifPresent(problem -> {
      throw new InvalidField("newPassword", problem);
    });
    person.changePassword(passwords.encode(change.newPassword()));
    activity.record(person.getOrganizationId(), "PASSWORD_CHANGED", "INDIVIDUAL", person.getId(),
        person.getEmail() + " changed their password");
    events.publishEvent(new PasswordChanged(person.getOrganizationId(), person.getId(), true));
  }

  private Individual me(PortalUser user) {
    return individuals.ofOrganization(user.organizationId(), user.individualId());
  }
}
