package org.pmc.people.internal;

import java.time.Clock;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.notification.PendingConfirmation;
import org.pmc.notification.SignUpMails;
import org.pmc.people.PasswordChanged;
import org.pmc.people.PasswordRule;
import org.pmc.web.InvalidField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password. A request does the same work for every address: it stores a
 * {@link PasswordReset} and starts its {@code sign-up-mail} instance; the job decides whether a mail goes
 * ({@link PasswordResetMails}), out of the requester's sight. The link sets a new password once and ends every
 * session of the person.
 */
@Service
class PasswordResets {

  private final PasswordResetRequests requests;
  private final Individuals individuals;
  private final SignUpMails mails;
  private final PasswordEncoder passwords;
  private final ActivityLog activity;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PasswordResets(PasswordResetRequests requests, Individuals individuals, SignUpMails mails,
      PasswordEncoder passwords, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
    this.requests = requests;
    this.individuals = individuals;
    this.mails = mails;
    this.passwords = passwords;
    this.activity = activity;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void request(String email) {
    UUID id = requests.save(new PasswordReset(email, clock.instant())).getId();
    mails.start(PasswordResetMails.KIND, id);
  }

  /** The person a reset link is for, while the link is open; a person who may no longer sign in is not. */
  @Transactional(readOnly = true)
  public Individual open(UUID id) {
    return holder(requests.open(id, clock.instant()));
  }

  /** The new password, checked by the {@link PasswordRule} before the link is spent. */
  @Transactional
  public void reset(UUID id, String newPassword) {
    Individual person = open(id);
    PasswordRule.problem(newPassword, person.getEmail()).ifPresent(problem -> {
      throw new InvalidField("password", problem);
    });
    PasswordReset reset = requests.confirm(id, clock.instant());
    holder(reset).changePassword(passwords.encode(newPassword));
    requests.spendAll(reset.getEmail(), clock.instant());
    activity.record(person.getOrganizationId(), "PASSWORD_RESET", "INDIVIDUAL", person.getId(),
        person.getEmail() + " set a new password through a reset link");
    events.publishEvent(new PasswordChanged(person.getOrganizationId(), person.getId(), false));
  }

  private Individual holder(PasswordReset reset) {
    return individuals.signingInWith(reset.getEmail()).orElseThrow(PendingConfirmation::unknown);
  }
}
