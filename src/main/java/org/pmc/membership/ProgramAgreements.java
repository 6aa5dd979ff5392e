package org.pmc.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pmc.membership.internal.AgreementAcceptance;
import org.pmc.membership.internal.Agreements;
import org.pmc.membership.internal.NewAgreement;
import org.pmc.membership.internal.ProgramAgreement;
import org.pmc.organization.OrganizationRegistered;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.InvalidField;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program agreement (R-MEM-6): staff publish versions, the newest is the current one; an organization accepts
 * the current version when it registers, and a global admin accepts each new one. An organization that has not
 * accepted the current version within {@link #TO_ACCEPT} of its publication may not order.
 */
@Service
public class ProgramAgreements {

  static final Duration TO_ACCEPT = Duration.ofDays(30);
  static final int MAX_VERSION = 32;
  static final int MAX_TEXT = 20_000;
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Agreements agreements;
  private final Clock clock;

  ProgramAgreements(Agreements agreements, Clock clock) {
    this.agreements = agreements;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ProgramAgreement current() {
    return agreements.current();
  }

  /** The current version's name, as a global admin accepts it (R-MEM-6). */
  @Transactional(readOnly = true)
  public String currentVersion() {
    return agreements.current().version();
  }

  /** Whether the organization has yet to accept the current version: the portal shows it on every page. */
  @Transactional(readOnly = true)
  public boolean awaitsAcceptance(UUID organizationId) {
    return !agreements.accepted(organizationId, agreements.current().version());
  }

  /** R-MEM-6: called by every order placement; refused once the current version is 30 days old and not accepted. */
  @Transactional(readOnly = true)
  public void checkOrdersAllowed(UUID organizationId) {
    ProgramAgreement current = agreements.current();
    Instant due = current.publishedAt().plus(TO_ACCEPT);
    if (!clock.instant().isBefore(due) && !agreements.accepted(organizationId, current.version())) {
      throw new BusinessRuleViolation("R-MEM-6", "The program agreement " + current.version()
          + " was not accepted within 30 days of its publication: a global admin accepts it under Program agreement,"
          + " then the organization may order again");
    }
  }

  @Transactional(readOnly = true)
  public List<AgreementAcceptance> acceptances(UUID organizationId) {
    return agreements.acceptances(organizationId);
  }

  /** Staff publish a new version; it becomes the current one at once. A version is published once (409). */
  @Transactional
  public ProgramAgreement publish(NewAgreement request, String staff) {
    String version = request.version() == null ? "" : request.version().strip();
    if (version.length() > MAX_VERSION || !VERSION.matcher(version).matches()) {
      throw new InvalidField("version", "is required: up to " + MAX_VERSION + " letters, digits, dots, dashes");
    }
    if (request.text() == null || request.text().isBlank() || request.text().length() > MAX_TEXT) {
      throw new InvalidField("text", "is required, at most " + MAX_TEXT + " characters");
    }
    ProgramAgreement agreement = new ProgramAgreement(version, request.text().strip(), clock.instant(), staff);
    try {
      agreements.publish(agreement);
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleViolation("R-MEM-6", "Version " + version + " of the program agreement is already "
          + "published: a new version needs a new name");
    }
    return agreement;
  }

  /** A global admin accepts the current version for the organization (403 for others, 409 for another version). */
  @Transactional
  public void accept(UUID organizationId, PortalUser user, String version) {
    if (user.role() != Role.GLOBAL_ADMIN) {
      throw new ForbiddenByRule("R-MEM-6", "Only a global admin accepts the program agreement for the organization");
    }
    if (version == null || version.isBlank()) {
      throw new InvalidField("version", "is required: the version of the program agreement you accept");
    }
    String current = agreements.current().version();
    if (!current.equals(version.strip())) {
      throw new BusinessRuleViolation("R-MEM-6", "Version " + version.strip()
          + " is not the current program agreement: accept version " + current);
    }
    agreements.accept(organizationId, current, user.email(), clock.instant());
  }

  /** A registering organization accepts the current version, its founder accepting, in the same transaction. */
  @EventListener
  void registered(OrganizationRegistered registered) {
    agreements.accept(registered.organizationId(), agreements.current().version(), registered.founderEmail(),
        clock.instant());
  }
}
