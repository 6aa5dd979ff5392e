package org.pmc.people;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.pmc.notification.SignUpMails;
import org.pmc.organization.Country;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.internal.Founder;
import org.pmc.people.internal.PendingRegistration;
import org.pmc.people.internal.PendingRegistrations;
import org.pmc.people.internal.RegistrationMails;
import org.pmc.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-PPL-7: a public registration reserves nothing until its owner clicks the link in the confirmation mail. The
 * request stores a pending registration (the password as its BCrypt hash) and answers the same whatever the
 * address; which mail goes is decided after commit ({@link RegistrationMails}). The click creates the
 * organization, if the address is still free then: the first click of several pending registrations wins.
 */
@Service
public class Registrations {

  private static final Logger log = LoggerFactory.getLogger(Registrations.class);

  private final PendingRegistrations pending;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final SignUpMails mails;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Registrations(PendingRegistrations pending, OrganizationService organizations, PeopleService people,
      SignUpMails mails, PlatformTransactionManager transactions, Clock clock) {
    this.pending = pending;
    this.organizations = organizations;
    this.people = people;
    this.mails = mails;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * The same work for every address: validate, hash (outside any transaction: BCrypt is slow), then store the
   * request with the instance that mails it (its job decides which mail goes).
   */
  public void request(RegisterOrganization command) {
    Country country = OrganizationService.country(command.country());
    Founder founder = people.founder(command.admin());
    UUID id = transaction.execute(status -> {
      UUID stored = pending.save(new PendingRegistration(command.name(), country, founder, clock.instant())).getId();
      mails.start(RegistrationMails.LINK_PURPOSE, stored);
      return stored;
    });
    log.info("Registration {} waits for its confirmation link", id);
  }

  /** The registration behind a link, while it is open (not confirmed, not lapsed). */
  @Transactional(readOnly = true)
  public PendingRegistration open(UUID id) {
    return pending.open(id, clock.instant());
  }

  /**
   * The click: creates the organization and its admin (R-PPL-5 refuses an address taken meanwhile). The
   * organization speaks the language the confirmation page was shown in, the founder's own choice of language
   * for the portal (its mails and invitations go out in it until each person chooses their own).
   */
  @Transactional
  public OrganizationView confirm(UUID id, Locale language) {
    PendingRegistration registration = pending.confirm(id, clock.instant());
    OrganizationView organization = found(registration.getName(), registration.getCountry(),
        registration.founder());
    return organizations.speak(organization.id(), Languages.orDefault(language.getLanguage()).getLanguage());
  }

  /**
   * Registers an organization at once, the password given in clear: for demo data and tests. The public
   * registration waits for its confirmation link first (R-PPL-7).
   */
  @Transactional
  public OrganizationView register(RegisterOrganization command) {
    return found(command.name(), command.country(), people.founder(command.admin()));
  }

  /**
   * The organization with its HQ (R-PPL-8), the founder a global admin associated at the HQ unless their address
   * belongs to an organization already (R-PPL-5).
   */
  private OrganizationView found(String name, String countryCode, Founder founder) {
    OrganizationView organization = organizations.create(name, countryCode);
    PersonView admin = people.registerFounder(organization.id(), organization.hqLocationId(), founder);
    organizations.registered(organization.id(), admin.email());
    return organization;
  }
}
